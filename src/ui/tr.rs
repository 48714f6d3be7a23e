//! Wording ([`Tr`]) where Yew takes text: as a child, an attribute or a property, in
//! the current language.

use crate::content::lang::Tr;
use yew::html::IntoPropValue;
use yew::virtual_dom::VNode;
use yew::AttrValue;

impl IntoPropValue<VNode> for Tr {
    fn into_prop_value(self) -> VNode {
        VNode::from(self.get())
    }
}

impl IntoPropValue<AttrValue> for Tr {
    fn into_prop_value(self) -> AttrValue {
        AttrValue::Static(self.get())
    }
}

impl IntoPropValue<Option<AttrValue>> for Tr {
    fn into_prop_value(self) -> Option<AttrValue> {
        Some(AttrValue::Static(self.get()))
    }
}

impl IntoPropValue<&'static str> for Tr {
    fn into_prop_value(self) -> &'static str {
        self.get()
    }
}

impl IntoPropValue<String> for Tr {
    fn into_prop_value(self) -> String {
        self.get().to_owned()
    }
}

impl From<Tr> for AttrValue {
    fn from(t: Tr) -> Self {
        AttrValue::Static(t.get())
    }
}
