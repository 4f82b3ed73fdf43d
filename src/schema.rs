//! The JSON Schema (draft 2020-12) of the document that `claims extract` prints,
//! generated from the same Rust types ([`crate::document`]) with schemars, so it cannot
//! drift from the output. `claims schema` prints it; see `docs/schema.md`.

use serde_json::Value;

use crate::document::{Document, SCHEMA_VERSION};

/// The schema of [`Document`], with a title naming the contract's version.
pub fn document() -> Value {
    let mut schema = schemars::schema_for!(Document);
    schema.insert(
        "title".to_string(),
        Value::String(format!("claims document, schema_version {SCHEMA_VERSION}")),
    );
    schema.to_value()
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
        assert!(s["$defs"]["AttributionOut"]["properties"]["form"].is_object());
    }
}
