def log = new File(basedir, 'build.log').text
assert log.contains('service-2.json:15: error: [shapeforge-import:unknown-property] GetRequest$Id: property \'streamingMode\' has no spec form')
assert log.contains('service-2.json:18: error: [shapeforge-import:missing-shape] GetResult$Missing: refers to shape Nowhere, which the model does not define')
assert !new File(basedir, 'target/classes').exists()
return true
