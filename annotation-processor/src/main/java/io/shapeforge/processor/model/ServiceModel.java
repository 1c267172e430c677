package io.shapeforge.processor.model;

import io.shapeforge.spec.Protocol;

/**
 * A spec package's {@code @Service}.
 *
 * @param specPackage the annotated package
 * @param name the service name, such as {@code AmazonSSM}
 * @param targetPrefix the {@code X-Amz-Target} prefix
 * @param protocol the wire protocol
 * @param modelPackage where generated code goes
 */
public record ServiceModel(
    String specPackage, String name, String targetPrefix, Protocol protocol, String modelPackage) {}
