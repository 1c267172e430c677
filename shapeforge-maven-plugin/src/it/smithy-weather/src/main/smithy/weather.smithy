$version: "2"

namespace com.example.weather

/// Forecasts for cities.
@aws.protocols#awsJson1_1
service Weather {
    version: "2026-01-01"
    operations: [GetForecast]
}

/// The forecast of one city.
@paginated(inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults", items: "Days")
operation GetForecast {
    input := {
        @required
        CityId: CityId

        @range(min: 1, max: 14)
        MaxResults: Integer

        NextToken: String
    }
    output := {
        Days: Days
        NextToken: String
    }
    errors: [NoSuchCity]
}

@length(min: 1, max: 64)
@pattern("^[a-z0-9-]+$")
string CityId

list Days {
    member: Day
}

structure Day {
    @required
    Date: Timestamp
    Sky: Sky
    Temperatures: Temperatures
}

enum Sky {
    CLEAR
    CLOUDY = "cloudy"
}

map Temperatures {
    key: String
    value: Float
}

@error("client")
@httpError(404)
structure NoSuchCity {
    Message: String
}
