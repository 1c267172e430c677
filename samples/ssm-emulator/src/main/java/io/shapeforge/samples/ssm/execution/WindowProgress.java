package io.shapeforge.samples.ssm.execution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.shapeforge.runtime.protocol.EpochSecondsDeserializer;
import io.shapeforge.runtime.protocol.EpochSecondsSerializer;
import java.time.Instant;

/**
 * How far the scheduler has looked at one window's schedule: its runs up to {@code processedUpTo}
 * have been handled (or fell while it was disabled, and do not run later).
 *
 * @param windowId the window
 * @param processedUpTo runs starting at or before this instant are done with
 */
public record WindowProgress(
    String windowId,
    @JsonSerialize(using = EpochSecondsSerializer.class)
        @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant processedUpTo) {}
