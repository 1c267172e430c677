/**
 * The modeled errors of a service: every error an operation may answer with extends {@link
 * io.shapeforge.runtime.error.ServiceException}, which carries its wire code and HTTP status.
 */
package io.shapeforge.runtime.error;
