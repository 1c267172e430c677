// The import ran in generate-sources and its folder became a source root: the spec compiled.
def spec = new File(basedir, 'target/generated-sources/shapeforge-spec/com/example/weather/spec')
def operation = new File(spec, 'GetForecast.java').text.replaceAll(/\s+/, '')
assert operation.contains('@Paginated(inputToken="nextToken",outputToken="nextToken",pageSize="maxResults",items="days")')
assert new File(spec, 'GetForecastInput.java').text.contains('@Length(min = 1, max = 64)')
assert new File(spec, 'Sky.java').text.contains('@EnumValue("cloudy")')
assert new File(spec, 'NoSuchCity.java').text.contains('@ErrorShape(fault = Fault.CLIENT, httpStatus = 404)')
def classes = new File(basedir, 'target/classes/com/example/weather/spec')
['GetForecast', 'GetForecastInput', 'GetForecastOutput', 'Day', 'Sky', 'NoSuchCity', 'package-info'].each {
  assert new File(classes, it + '.class').isFile() : it + '.class was not compiled'
}
def log = new File(basedir, 'build.log').text
assert log.contains('Imported 7 spec sources of com.example.weather.spec')
return true
