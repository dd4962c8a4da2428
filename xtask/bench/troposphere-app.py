# The troposphere peer of stackward's benchmark programs: builds the same
# templates stackward wrote (every template in SOURCE) as troposphere's
# typed objects and writes them as JSON into OUT, with no rule checked.
#
# `cargo xtask bench` installs the pinned troposphere into
# target/troposphere and runs `python troposphere-app.py SOURCE OUT`.
# A resource whose properties the pinned troposphere does not know yet is
# built as an untyped resource, and counted.

import glob
import json
import os
import sys

from troposphere import (
    AWSObject, Equals, GetAtt, GetAZs, If, ImportValue, Join, Ref, Select, Sub, Template,
)
from troposphere.template_generator import TemplateGenerator


class Untyped(AWSObject):
    """A resource of any type, its properties unchecked."""

    props = {}

    def __init__(self, title, resource_type, properties):
        self.resource_type = resource_type
        super().__init__(title)
        self.properties = properties


# CloudFormation's functions as troposphere's helper objects, as a program
# written with troposphere spells them.
FUNCTIONS = {
    "Ref": lambda a: Ref(a),
    "Fn::GetAtt": lambda a: GetAtt(*a) if isinstance(a, list) else GetAtt(*a.split(".", 1)),
    "Fn::Sub": lambda a: Sub(*a) if isinstance(a, list) else Sub(a),
    "Fn::Join": lambda a: Join(*a),
    "Fn::If": lambda a: If(*a),
    "Fn::ImportValue": lambda a: ImportValue(a),
    "Fn::Select": lambda a: Select(*a),
    "Fn::GetAZs": lambda a: GetAZs(a),
    "Fn::Equals": lambda a: Equals(*a),
}


def typed(value):
    if isinstance(value, dict):
        if len(value) == 1:
            (key, argument), = value.items()
            if key in FUNCTIONS:
                return FUNCTIONS[key](typed(argument))
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return value


def build(template):
    """The template as troposphere's typed objects, built with each
    resource class's from_dict; how many resources were untyped."""
    out = Template()
    classes = TemplateGenerator({"Resources": {}}).inspect_resources
    untyped = 0
    for section, add in (("Parameters", None), ("Conditions", out.add_condition), ("Outputs", None)):
        for name, value in template.get(section, {}).items():
            if add:
                add(name, typed(value))
    for title, resource in template["Resources"].items():
        properties = typed(resource.get("Properties", {}))
        try:
            obj = classes[resource["Type"]].from_dict(title, properties)
        except (AttributeError, KeyError, TypeError, ValueError):
            obj = Untyped(title, resource["Type"], properties)
            untyped += 1
        for attribute in ("DeletionPolicy", "UpdateReplacePolicy", "DependsOn", "Metadata", "Condition"):
            if attribute in resource:
                obj.resource[attribute] = resource[attribute]
        out.add_resource(obj)
    return out, untyped


def main():
    source, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    resources = untyped = 0
    for path in sorted(glob.glob(os.path.join(source, "*.template.json"))):
        with open(path) as f:
            template = json.load(f)
        built, missed = build(template)
        resources += len(template["Resources"])
        untyped += missed
        with open(os.path.join(out, os.path.basename(path)), "w") as f:
            f.write(built.to_json())
    print(f"{resources} resources, {untyped} untyped")


main()
