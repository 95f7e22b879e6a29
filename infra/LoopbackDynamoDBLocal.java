import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * DynamoDB Local listening on 127.0.0.1 only.
 *
 * DynamoDB Local (DynamoDBLocal.jar) has no option for the address it listens on: its
 * DynamoDBProxyServer makes a Jetty server for a port, which listens on every interface, so
 * anyone on the same network could read and write a developer's tables (it accepts any
 * credentials). This launcher builds the server exactly as DynamoDB Local's own main does, from
 * the same command-line arguments, sets the host of its connectors to 127.0.0.1 before it starts,
 * and checks it after. Unlike DynamoDB Local's main, it never configures telemetry, so nothing is
 * sent anywhere.
 *
 * Reflection only, so that it compiles with the JDK alone and survives DynamoDB Local's and
 * Jetty's upgrades as long as the names below exist; if one disappears, it stops with a message
 * instead of listening anywhere else. infra/localDynamo.ts compiles it once per source version
 * (cached under node_modules/.cache) and runs it with DynamoDBLocal.jar on the class path.
 */
public final class LoopbackDynamoDBLocal {
  private static final String HOST = "127.0.0.1";

  private LoopbackDynamoDBLocal() {}

  public static void main(String[] args) throws Exception {
    Class<?> runner = Class.forName("software.amazon.dynamodb.services.local.main.ServerRunner");
    Object proxy =
        runner.getMethod("createServerFromCommandLineArgs", String[].class).invoke(null, (Object) args);
    if (proxy == null) {
      System.err.println("DynamoDB Local refused the arguments");
      System.exit(2);
    }
    Field serverField = proxy.getClass().getDeclaredField("server");
    serverField.setAccessible(true);
    Object server = serverField.get(proxy);
    Object[] connectors = (Object[]) server.getClass().getMethod("getConnectors").invoke(server);
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local has no connector");
    for (Object connector : connectors) {
      connector.getClass().getMethod("setHost", String.class).invoke(connector, HOST);
    }
    proxy.getClass().getMethod("start").invoke(proxy);
    for (Object connector : connectors) {
      Method getHost = connector.getClass().getMethod("getHost");
      if (!HOST.equals(getHost.invoke(connector))) {
        System.err.println("DynamoDB Local is not listening on " + HOST + " only: stopping");
        System.exit(3);
      }
    }
    System.out.println("DynamoDB Local listening on " + HOST + " only");
    server.getClass().getMethod("join").invoke(server);
  }
}
