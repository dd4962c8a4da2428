// The AWS CDK v2 peer of stackward's benchmark programs: the same
// three-tier stack (examples/three_tier.rs) and the same 400 buckets in
// four stacks of 100 (CDK's event notifications make a bucket four
// resources), with equivalent security settings, checked by cdk-nag's
// AwsSolutions rules as stackward checks its Guard rules.
//
// `cargo xtask bench` installs the pinned packages into target/cdk-bench
// and runs `node cdk-app.js <three-tier|buckets> OUTDIR`.

const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const rds = require('aws-cdk-lib/aws-rds');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const ssm = require('aws-cdk-lib/aws-ssm');
const { AwsSolutionsChecks, NagSuppressions } = require('cdk-nag');

const { Duration, RemovalPolicy } = cdk;

function key(stack, id) {
  return new kms.Key(stack, id, { enableKeyRotation: true, removalPolicy: RemovalPolicy.RETAIN });
}

function accessLogs(stack) {
  return new s3.Bucket(stack, 'AccessLogs', {
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
}

function bucket(stack, id, dataKey, logBucket) {
  return new s3.Bucket(stack, id, {
    encryption: s3.BucketEncryption.KMS,
    encryptionKey: dataKey,
    bucketKeyEnabled: true,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: true,
    serverAccessLogsBucket: logBucket,
    eventBridgeEnabled: true,
    lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
}

// What CDK's constructs produce that AwsSolutions flags (managed policies
// on service roles, the wildcard actions of CDK's grants, a rotation-less
// generated secret), suppressed with reasons as stackward's waivers are, so
// the peer runs to a clean exit.
function suppress(stack) {
  NagSuppressions.addStackSuppressions(stack, [
    'AwsSolutions-IAM4', 'AwsSolutions-IAM5', 'AwsSolutions-EC23', 'AwsSolutions-EC29',
    'AwsSolutions-SMG4', 'AwsSolutions-L1', 'AwsSolutions-S1', 'AwsSolutions-S10',
  ].map((id) => ({ id, reason: 'benchmark peer: accepted as the construct library makes it' })));
}

function threeTier(app) {
  const stack = new cdk.Stack(app, 'ThreeTier', { env: { region: 'eu-west-1' } });
  suppress(stack);
  const dataKey = key(stack, 'Data');
  const flowLogs = new logs.LogGroup(stack, 'FlowLogs', {
    encryptionKey: dataKey,
    retention: logs.RetentionDays.ONE_YEAR,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const vpc = new ec2.Vpc(stack, 'Net', {
    ipAddresses: ec2.IpAddresses.cidr('10.30.0.0/16'),
    maxAzs: 2,
    subnetConfiguration: [
      { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: false },
      { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 20 },
      { name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
    ],
    flowLogs: {
      all: {
        destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogs),
        trafficType: ec2.FlowLogTrafficType.ALL,
      },
    },
    gatewayEndpoints: { s3: { service: ec2.GatewayVpcEndpointAwsService.S3 } },
  });
  const reports = bucket(stack, 'Reports', dataKey, accessLogs(stack));

  const web = new ec2.Instance(stack, 'Web', {
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    instanceType: new ec2.InstanceType('m7g.medium'),
    machineImage: ec2.MachineImage.latestAmazonLinux2023({ cpuType: ec2.AmazonLinuxCpuType.ARM_64 }),
    requireImdsv2: true,
    detailedMonitoring: true,
    ssmSessionPermissions: true,
    blockDevices: [{
      deviceName: '/dev/xvda',
      volume: ec2.BlockDeviceVolume.ebs(8, {
        encrypted: true, kmsKey: dataKey, volumeType: ec2.EbsDeviceVolumeType.GP3,
      }),
    }],
  });
  web.connections.allowFrom(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(443));
  new ssm.CfnAssociation(stack, 'WebPatching', {
    name: 'AWS-RunPatchBaseline',
    scheduleExpression: 'cron(0 3 ? * SUN *)',
    parameters: { Operation: ['Install'] },
    targets: [{ key: 'InstanceIds', values: [web.instanceId] }],
  });

  const db = new rds.DatabaseInstance(stack, 'Orders', {
    engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.of('17.6', '17') }),
    instanceType: new ec2.InstanceType('m7g.large'),
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    allocatedStorage: 50,
    maxAllocatedStorage: 200,
    databaseName: 'orders',
    credentials: rds.Credentials.fromGeneratedSecret('dbadmin', { encryptionKey: dataKey }),
    storageEncrypted: true,
    storageEncryptionKey: dataKey,
    multiAz: true,
    iamAuthentication: true,
    port: 5433,
    backupRetention: Duration.days(7),
    deletionProtection: true,
    removalPolicy: RemovalPolicy.SNAPSHOT,
    autoMinorVersionUpgrade: true,
    cloudwatchLogsExports: ['postgresql', 'upgrade'],
    enablePerformanceInsights: true,
    performanceInsightEncryptionKey: dataKey,
    monitoringInterval: Duration.seconds(60),
    parameters: { 'rds.force_ssl': '1' },
  });

  const workerLogs = new logs.LogGroup(stack, 'ReportWorkerLogs', {
    encryptionKey: dataKey,
    retention: logs.RetentionDays.ONE_YEAR,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const worker = new lambda.Function(stack, 'ReportWorker', {
    runtime: lambda.Runtime.PYTHON_3_13,
    architecture: lambda.Architecture.ARM_64,
    handler: 'index.handler',
    code: lambda.Code.fromInline('def handler(event, context):\n    return event\n'),
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    environmentEncryption: dataKey,
    environment: {
      REPORTS_BUCKET: reports.bucketName,
      DB_HOST: db.dbInstanceEndpointAddress,
      DB_SECRET_ARN: db.secret.secretArn,
    },
    tracing: lambda.Tracing.ACTIVE,
    reservedConcurrentExecutions: 10,
    memorySize: 256,
    timeout: Duration.seconds(30),
    logGroup: workerLogs,
    deadLetterQueue: new sqs.Queue(stack, 'ReportWorkerDeadLetters', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: dataKey,
      enforceSSL: true,
    }),
  });
  reports.grantRead(worker);
  db.grantConnect(worker, 'reporter');
  db.connections.allowDefaultPortFrom(worker);
  db.connections.allowDefaultPortFrom(web);
  new cdk.CfnOutput(stack, 'OrdersEndpoint', { value: db.dbInstanceEndpointAddress });
}

function buckets(app) {
  for (let part = 0; part < 4; part++) {
    const stack = new cdk.Stack(app, `Buckets${part}`, { env: { region: 'eu-west-1' } });
    suppress(stack);
    const dataKey = key(stack, 'Data');
    const logBucket = accessLogs(stack);
    for (let n = 0; n < 100; n++) {
      bucket(stack, `Bucket${n}`, dataKey, logBucket);
    }
  }
}

const [which, outdir] = process.argv.slice(2);
// The feature flag `cdk init` sets for server access logs (a bucket policy
// rather than the log-delivery ACL).
const app = new cdk.App({
  outdir,
  context: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true },
});
cdk.Aspects.of(app).add(new AwsSolutionsChecks({ reports: false }));
if (which === 'three-tier') {
  threeTier(app);
} else if (which === 'buckets') {
  buckets(app);
} else {
  console.error('usage: node cdk-app.js <three-tier|buckets> OUTDIR');
  process.exit(2);
}
app.synth();
