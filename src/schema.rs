//! The JSON Schema (draft 2020-12) of the document that `claims extract` prints,
//! generated from the same Rust types ([`crate::document`]) with schemars, so it cannot
//! drift from the output. `claims schema` prints it; see `docs/schema.md`.

use serde_json::Value;

use crate::document::{Document, SCHEMA_VERSION};

/// The schema of [`Document`], with a title naming the contract's version.
///
/// Every property is required: claims always writes every field, `null` where there is
/// nothing (schemars alone would leave the nullable ones optional). The one exception is
/// the document's `id`, written only for a JSON Lines record that carries one.
pub fn document() -> Value {
    let mut schema = schemars::schema_for!(Document);
    schema.insert(
        "title".to_string(),
        Value::String(format!("claims document, schema_version {SCHEMA_VERSION}")),
    );
    let mut value = schema.to_value();
    require_all(&mut value);
    if let Some(Value::Array(required)) = value.get_mut("required") {
        required.retain(|k| k != "id");
    }
    value
}

fn require_all(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                let keys = props.keys().cloned().map(Value::String).collect();
                map.insert("required".to_string(), Value::Array(keys));
            }
            map.values_mut().for_each(require_all);
        }
        Value::Array(items) => items.iter_mut().for_each(require_all),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn schema_is_draft_2020_12_and_closed() {
        let s = super::document();
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(s["type"], "object");
        assert_eq!(s["additionalProperties"], false);
        let required = s["required"].as_array().map(Vec::len);
        assert_eq!(required, Some(8), "{s:#}");
        assert!(s["properties"]["id"].is_object());
        assert!(!s["required"]
            .as_array()
            .is_some_and(|r| r.contains(&"id".into())));
        assert!(s["$defs"]["AttributionOut"]["properties"]["form"].is_object());
        let t = &s["$defs"]["AttributionOut"];
        let props = t["properties"].as_object().map(|p| p.len());
        assert_eq!(props, t["required"].as_array().map(Vec::len));
        assert!(t["required"]
            .as_array()
            .is_some_and(|r| r.contains(&"stance".into())));
    }
}
