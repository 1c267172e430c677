/**
 * Constraint violations and their AWS rendering.
 *
 * <p>Generated validators walk a model and report into a {@link
 * io.shapeforge.runtime.validation.Violations} collector, which keeps the member path as a stack
 * and only turns it into text when something is wrong. The constraints of each value are compiled
 * once into {@code static final} {@link io.shapeforge.runtime.validation.StringConstraint}, {@link
 * io.shapeforge.runtime.validation.NumberConstraint}, {@link
 * io.shapeforge.runtime.validation.BlobConstraint} and {@link
 * io.shapeforge.runtime.validation.CollectionConstraint} fields. {@link
 * io.shapeforge.runtime.validation.ValidationException} renders every violation the way AWS does:
 *
 * <pre>
 * 1 validation error detected: Value '5' at 'maxResults' failed to satisfy constraint: Member must
 * have value greater than or equal to 10
 * </pre>
 *
 * <h2>Where each kind is reported, and why</h2>
 *
 * The formats below reproduce AWS answers that users quote in bug reports and that other emulators
 * (moto, LocalStack) assert; each is tested in {@code ViolationsTest} with its source.
 *
 * <table>
 * <caption>Paths and texts per kind</caption>
 * <tr><th>kind</th><th>path</th><th>example</th></tr>
 * <tr><td>member of a structure</td><td>{@code a.b}</td>
 *     <td>{@code Value '' at 'filters.1.member.key' ... Member must have length greater than or equal to 1}</td></tr>
 * <tr><td>element of a list of structures, unions, lists or maps</td><td>{@code list.N.member},
 *     1-based</td><td>{@code Value null at 'filters.3.member' ... Member must not be null}; Kinesis
 *     {@code records.1.member.data}</td></tr>
 * <tr><td>elements of a list of scalars (strings, numbers, enums, blobs, booleans,
 *     timestamps)</td><td>the list, once, with the whole list as the value</td>
 *     <td>Lambda: {@code Value '[GET, POST, OPTIONS]' at 'cors.allowMethods' ... Member must satisfy
 *     constraint: [Member must have length less than or equal to 6, Member must have length greater
 *     than or equal to 0, Member must satisfy regular expression pattern: .*, Member must not be
 *     null]}; ACM {@code subjectAlternativeNames}; Config {@code resourceTypes} ({@code [Member must
 *     satisfy enum value set: [...]]})</td></tr>
 * <tr><td>map keys</td><td>the map, once, with the map as the value ({@code {k=v}})</td>
 *     <td>EventBridge: {@code Value '{...}' at 'targets.1.member.inputTransformer.inputPathsMap' ...
 *     Map keys must satisfy constraint: [Member must have length less than or equal to 256, ...]}</td></tr>
 * <tr><td>scalar map values</td><td>the map, once, after the keys</td>
 *     <td>IAM tags: {@code Value '{AutoTag_ClientInfo=...}' at 'tags' ... Map value must satisfy
 *     constraint: [Member must have length less than or equal to 256, ...]}; DynamoDB reports keys,
 *     then values, at {@code requestItems}</td></tr>
 * <tr><td>map values that are structures, unions, lists or maps</td><td>{@code map.KEY.member}</td>
 *     <td>DynamoDB: {@code Value at 'requestItems.Music.member.keys' ... Member must have length
 *     less than or equal to 100}</td></tr>
 * <tr><td>nested list</td><td>outer element by index, the inner list as a list of scalars</td>
 *     <td>{@code Value '[a, ]' at 'matrix.2.member' ... Member must satisfy constraint: [...]}</td></tr>
 * <tr><td>member of a union</td><td>{@code union.member}, as for a structure</td>
 *     <td>{@code Value '' at 'payment.iban' ...}</td></tr>
 * <tr><td>union with zero or several members set</td><td>the union</td>
 *     <td>{@code Value '[card, iban]' at 'payment' ... Member must have exactly one member set}: AWS
 *     publishes no server message for this (botocore refuses such a union client-side), so the text
 *     follows the family's wording and names the members that are set</td></tr>
 * <tr><td>sensitive value</td><td>as its kind</td><td>{@code Value at 'password' failed to satisfy
 *     constraint: ...} (Cognito; SSM {@code PutParameter}'s {@code value}; OpenSearch
 *     {@code masterUserName}); for a list or map holding sensitive values, the collection is left
 *     out too</td></tr>
 * <tr><td>blob</td><td>as its kind</td><td>{@code Value 'java.nio.HeapByteBuffer[pos=0 lim=0
 *     cap=0]' at 'image.bytes' ...} (Rekognition), never the bytes</td></tr>
 * </table>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Too short and not matching: both.</b> Only a value longer than its maximum skips its
 *       pattern (the guard against runaway backtracking). DynamoDB: {@code 2 validation errors
 *       detected: Value '' at 'tableName' ... pattern: [a-zA-Z0-9_.-]+; Value '' at 'tableName' ...
 *       length greater than or equal to 3}, pattern first.
 *   <li><b>Listing order</b> of an element's constraints: maximum length, minimum length (listed
 *       even when it is 0, as Lambda lists it), pattern, enum value set; for numbers, maximum then
 *       minimum value.
 *   <li><b>{@code Member must not be null} in a listing.</b> Lambda lists it after every element
 *       constraint, even when no element is null (its {@code allowMethods}, {@code architectures},
 *       {@code additionalVersionWeights}); ACM, Config, IoT, EventBridge, IAM and CodePipeline
 *       never list it for non-null elements. Lambda's published model carries nothing that tells
 *       the two apart, so one rule must serve: it is listed when a null element or map value is
 *       present in a collection that is not {@code @Sparse} — exactly when it is the broken
 *       constraint.
 *   <li><b>Null elements.</b> A null element or map value is a violation unless the collection is
 *       {@code @Sparse}: reported in the listing above for scalars, as {@code Value null at
 *       'list.N.member' ... Member must not be null} for structures.
 *   <li><b>Lengths of strings count Unicode code points</b>, as Smithy's {@code @length} defines it
 *       ("the number of Unicode scalar values"); lengths of blobs count bytes, of lists elements,
 *       of maps entries. No AWS message we found shows a non-BMP string at a length bound, so this
 *       follows the specification AWS's models are written in.
 *   <li><b>Ranges</b> print integral bounds as integers, floating bounds as Java prints a double
 *       ({@code 0.0}, {@code 1.0}, as Lambda's {@code additionalVersionWeights} message shows), and
 *       decimal bounds as written. {@code NaN} is outside every range.
 *   <li><b>{@code @UniqueItems}</b>: {@code Member must have unique values}, the text of Smithy's
 *       own malformed-request protocol tests, at the list.
 *   <li><b>A null value to validate</b> is a caller bug, refused with a {@link
 *       java.lang.NullPointerException} that says so; see {@link
 *       io.shapeforge.runtime.validation.Validator}.
 * </ul>
 */
package io.shapeforge.runtime.validation;
