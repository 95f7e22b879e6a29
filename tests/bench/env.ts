/**
 * Imported first by run.ts, so that the setting is in place before any other
 * module (the AWS SDK among them) is evaluated.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
