//! Reading and writing the address's fragment: every screen survives the round trip,
//! values are percent-encoded, and anything else is the "not found" screen.

use shorewise::ui::route::{Route, Step};

fn all() -> Vec<Route> {
    let mut routes: Vec<Route> = Step::ALL.into_iter().map(Step::route).collect();
    routes.extend([
        Route::Welcome,
        Route::Report,
        Route::Requests,
        Route::NotFound,
        Route::Open {
            record: "v2.eJx_abc-123~".into(),
        },
        Route::Start {
            params: "country=DE&name=Müller & Söhne/2".into(),
        },
        Route::Example {
            id: "us-online-retailer".into(),
        },
    ]);
    routes
}

#[test]
fn every_screen_survives_the_round_trip() {
    for route in all() {
        let path = route.to_path();
        assert!(path.starts_with('/'), "{path}");
        assert_eq!(Route::recognize(&path), route, "{path}");
    }
}

#[test]
fn fixed_screens_have_the_documented_paths() {
    assert_eq!(Route::Welcome.to_path(), "/");
    assert_eq!(Route::Company.to_path(), "/company");
    assert_eq!(Route::Report.to_path(), "/report");
    assert_eq!(Route::Requests.to_path(), "/requests");
    assert_eq!(
        Route::Example {
            id: "uk-fintech".into()
        }
        .to_path(),
        "/example/uk-fintech"
    );
    assert_eq!(
        Route::Start {
            params: "a=1&b=x y".into()
        }
        .to_path(),
        "/start/a%3D1%26b%3Dx%20y"
    );
}

#[test]
fn addresses_people_write_are_read() {
    for (fragment, route) in [
        ("/", Route::Welcome),
        ("", Route::NotFound),
        ("/results/", Route::Results),
        ("/results?utm=x", Route::Results),
        ("/company#main", Route::Company),
        (
            "/start/country=DE&goal.cost=5",
            Route::Start {
                params: "country=DE&goal.cost=5".into(),
            },
        ),
        (
            "/example/M%C3%BCller",
            Route::Example {
                id: "Müller".into(),
            },
        ),
        ("/example/50%", Route::Example { id: "50%".into() }),
    ] {
        assert_eq!(Route::recognize(fragment), route, "{fragment}");
    }
}

#[test]
fn anything_else_is_not_found() {
    for fragment in [
        "company",
        "/Company",
        "/nowhere",
        "/open",
        "/open/",
        "/open/a/b",
        "/example/%FF",
        "/results/extra",
        "//evil.example/x",
        "/404",
    ] {
        assert_eq!(Route::recognize(fragment), Route::NotFound, "{fragment}");
    }
}
