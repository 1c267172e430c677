/** A small SSM-like spec for the golden files. */
@Service(name = "AmazonSSM", targetPrefix = "AmazonSSM")
package fixture.ssm.spec;

import io.shapeforge.spec.Service;
