package sohoa.esrunner;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts one Elasticsearch node and keeps it running until the process is asked to stop
 * (SIGTERM/SIGINT), then closes it cleanly.
 *
 * <p>System properties: {@code sohoa.es.home} (required: holds config/, data/, logs/),
 * {@code sohoa.es.host} (127.0.0.1), {@code sohoa.es.http_port} (9200),
 * {@code sohoa.es.transport_port} (9300), {@code sohoa.es.cluster_name} (sohoa).
 * Further settings can be put in {@code <home>/config/elasticsearch.yml}.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        String homeProp = System.getProperty("sohoa.es.home");
        if (homeProp == null || homeProp.isBlank()) {
            System.err.println("the system property sohoa.es.home is required");
            System.exit(2);
        }
        Path home = Path.of(homeProp).toAbsolutePath().normalize();
        Path config = home.resolve("config");
        for (String dir : List.of("config", "data", "logs", "modules", "plugins")) {
            Files.createDirectories(home.resolve(dir));
        }

        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", System.getProperty("sohoa.es.cluster_name", "sohoa"))
            .put("node.name", "sohoa-es")
            .put("network.host", System.getProperty("sohoa.es.host", "127.0.0.1"))
            .put("http.port", System.getProperty("sohoa.es.http_port", "9200"))
            .put("transport.port", System.getProperty("sohoa.es.transport_port", "9300"))
            .put("discovery.type", "single-node")
            .build();

        LogConfigurator.registerErrorListener();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> "sohoa-es");
        LogConfigurator.setNodeName("sohoa-es");
        LogConfigurator.configure(environment, true);

        Node node = new ClasspathPluginsNode(environment, List.of(Netty4Plugin.class, AnalysisExtrasPlugin.class, RootEndpointPlugin.class));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "sohoa-es-shutdown"));
        node.start();
        stopped.await();
    }
}
