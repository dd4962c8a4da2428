// Runs cdk-nag over CloudFormation templates: each template is loaded into
// a stack of its own with CfnInclude, the AwsSolutions, HIPAA.Security,
// NIST.800.53.R5 and PCI.DSS.321 packs are applied, and every verdict but
// "not applicable" is written as one JSON line:
//   {"template", "pack", "rule", "resource", "finding", "verdict", "reason", "error"}
// where verdict is "compliant", "failed" or "suppressed" (an error of the
// rule itself is "failed" or "suppressed" with its message in "error").
// A suppression is read by cdk-nag itself from the resource's
// Metadata.cdk_nag.rules_to_suppress, as stackward's waivers write it.
//
// `cargo xtask scan` installs the pinned packages into target/cdk-nag and
// runs `node cdk-nag-app.js OUTFILE TEMPLATE...`.

const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const { CfnInclude } = require('aws-cdk-lib/cloudformation-include');
const nag = require('cdk-nag');

const [outFile, ...templates] = process.argv.slice(2);
const lines = [];
const current = new Map();

const record = (data, extra) =>
  lines.push(
    JSON.stringify({
      template: current.get(data.resource.stack) ?? '',
      pack: data.nagPackName,
      rule: data.ruleId,
      resource: data.resource.node.id,
      finding: data.findingId ?? '',
      ...extra,
    }),
  );

const logger = {
  onCompliance(data) {
    record(data, { verdict: 'compliant' });
  },
  onNotApplicable() {},
  onNonCompliance(data) {
    record(data, { verdict: 'failed' });
  },
  onSuppressed(data) {
    record(data, { verdict: 'suppressed', reason: data.suppressionReason });
  },
  onError(data) {
    record(data, { verdict: 'failed', error: data.errorMessage });
  },
  onSuppressedError(data) {
    record(data, { verdict: 'suppressed', reason: data.errorSuppressionReason, error: data.errorMessage });
  },
};

const app = new cdk.App({ outdir: fs.mkdtempSync(path.join(require('os').tmpdir(), 'cdk-nag-')) });
templates.forEach((file, n) => {
  const stack = new cdk.Stack(app, `Judged${n}`);
  new CfnInclude(stack, 'Template', { templateFile: file });
  current.set(stack, path.relative(process.cwd(), file));
});
// The AnnotationLogger each pack adds by default only repeats the verdicts
// as annotations; the JSON lines above are what the caller reads.
const props = { additionalLoggers: [logger] };
for (const Pack of [nag.AwsSolutionsChecks, nag.HIPAASecurityChecks, nag.NIST80053R5Checks, nag.PCIDSS321Checks]) {
  cdk.Aspects.of(app).add(new Pack(props));
}
app.synth();
fs.writeFileSync(outFile, lines.join('\n') + (lines.length ? '\n' : ''));
