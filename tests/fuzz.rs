//! A bounded fuzz test of the checks: generated templates mutated with
//! hostile ids, types and values (multi-byte and control characters, very
//! long strings, intrinsics and conditions where values go, missing or
//! mistyped types), read as JSON and as YAML by `audit` and checked by the
//! rules. No input may panic or hang: each gives findings or a typed error.

use proptest::prelude::*;
use serde_json::{json, Value as Json};
use stackward::audit::audit;
use stackward::check;

fn generated(stack: &str) -> Json {
    let path = format!(
        "{}/generated/{stack}.template.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A small deterministic generator, seeded by proptest.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A hostile value: text that breaks naive slicing, escaping or parsing,
/// numbers where strings go, intrinsics and conditions where literals go.
fn hostile(rng: &mut Rng) -> Json {
    let texts = [
        "\u{85}".to_owned() + &"\u{20ac}".repeat(28),
        "\u{20ac}".repeat(2000),
        "A".repeat(5000),
        "0.0.0.0/0".to_owned(),
        "*".to_owned(),
        "<img src=x onerror=alert(1)>".to_owned(),
        "line\nbreak\u{0}nul\u{2028}".to_owned(),
        "\u{1F600}\"'`|[](javascript:x)".to_owned(),
        "443".to_owned(),
        "false".to_owned(),
    ];
    match rng.below(8) {
        0..=2 => json!(texts[rng.below(texts.len())]),
        3 => json!(rng.next() as i64),
        4 => json!({ "Ref": texts[rng.below(texts.len())] }),
        5 => json!({ "Fn::If": ["C", texts[rng.below(texts.len())], { "Ref": "AWS::NoValue" }] }),
        6 => json!({ "Fn::GetAtt": texts[rng.below(texts.len())] }),
        _ => json!([texts[rng.below(texts.len())], { "Fn::Sub": "${AWS::Region}" }]),
    }
}

/// Every pointer to a value under `Resources`.
fn pointers(v: &Json, at: String, out: &mut Vec<String>) {
    match v {
        Json::Object(m) => {
            for (k, v) in m {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        Json::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        _ => {}
    }
}

fn mutate(t: &mut Json, rng: &mut Rng) {
    let ids: Vec<String> = t["Resources"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let id = ids[rng.below(ids.len())].clone();
    match rng.below(5) {
        // A hostile id for a resource (references to it now dangle).
        0 => {
            let resources = t["Resources"].as_object_mut().unwrap();
            let r = resources.remove(&id).unwrap();
            let new_id = match hostile(rng) {
                Json::String(s) => s,
                other => other.to_string(),
            };
            resources.insert(new_id, r);
        }
        // A mistyped, missing or foreign type.
        1 => {
            let r = &mut t["Resources"][&id];
            match rng.below(3) {
                0 => r["Type"] = json!("AWS::S3::bucket"),
                1 => {
                    r.as_object_mut().unwrap().remove("Type");
                }
                _ => r["Type"] = hostile(rng),
            }
        }
        // A hostile value anywhere in the resource.
        _ => {
            let mut all = Vec::new();
            pointers(&t["Resources"][&id], String::new(), &mut all);
            if all.is_empty() {
                return;
            }
            let p = all[rng.below(all.len())].clone();
            let value = hostile(rng);
            if let Some(slot) = t["Resources"][&id].pointer_mut(&p) {
                *slot = value;
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn mutated_templates_give_findings_or_typed_errors(
        seed in 1u64..,
        stack in prop::sample::select(vec!["WebTier", "ServerlessApi", "ThreeTier", "WebAppEdge"]),
        mutations in 1usize..8,
    ) {
        let mut rng = Rng(seed);
        let mut t = generated(stack);
        for _ in 0..mutations {
            mutate(&mut t, &mut rng);
        }
        let started = std::time::Instant::now();
        // The rules directly, then audit over the JSON and the YAML text:
        // each may refuse the input, none may panic.
        let _ = check::stackward_rules(&t);
        let json_text = t.to_string();
        let _ = audit("Fuzz", &json_text).map(|a| (a.to_markdown(), a.to_sarif("fuzz.json", &json_text)));
        let yaml_text = serde_yaml::to_string(&t).unwrap();
        let _ = audit("Fuzz", &yaml_text).map(|a| a.to_markdown());
        // A bound that only a hang or a blow-up exceeds (a case takes well
        // under a second).
        prop_assert!(started.elapsed() < std::time::Duration::from_secs(60));
    }
}
