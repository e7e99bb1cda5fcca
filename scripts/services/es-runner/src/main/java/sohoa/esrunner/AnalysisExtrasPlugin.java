package sohoa.esrunner;

import com.ibm.icu.text.Normalizer2;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The token filters and tokenizers that a full Elasticsearch distribution gets from its
 * analysis-common and analysis-icu modules and that sohoa's indices use, with the same names
 * and options. Everything else in the node (the standard tokenizer and analyzer, the
 * pre-configured {@code lowercase} filter, {@code stop}, {@code shingle}) comes from the server.
 *
 * <p>Token filters: {@code asciifolding} (preserve_original), {@code lowercase}, {@code uppercase},
 * {@code trim}, {@code length} (min, max), {@code truncate} (length), {@code edge_ngram} and
 * {@code ngram} (min_gram, max_gram, preserve_original), {@code icu_folding},
 * {@code icu_normalizer} (name: nfc|nfkc|nfkc_cf, mode: compose|decompose).
 * Tokenizers: {@code keyword}, {@code whitespace}, {@code icu_tokenizer}.
 */
public final class AnalysisExtrasPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new TreeMap<>();
        filters.put("asciifolding", (indexSettings, env, name, settings) -> {
            boolean preserve = settings.getAsBoolean("preserve_original", false);
            return new Normalizing(name, settings, in -> new ASCIIFoldingFilter(in, preserve), in -> new ASCIIFoldingFilter(in, false));
        });
        filters.put("lowercase", normalizing(LowerCaseFilter::new));
        filters.put("uppercase", normalizing(UpperCaseFilter::new));
        filters.put("trim", normalizing(TrimFilter::new));
        filters.put("icu_folding", normalizing(ICUFoldingFilter::new));
        filters.put("icu_normalizer", (indexSettings, env, name, settings) -> {
            Normalizer2 normalizer = icuNormalizer(settings);
            Function<TokenStream, TokenStream> create = in -> new ICUNormalizer2Filter(in, normalizer);
            return new Normalizing(name, settings, create, create);
        });
        filters.put("length", (indexSettings, env, name, settings) -> {
            int min = settings.getAsInt("min", 0);
            int max = settings.getAsInt("max", Integer.MAX_VALUE);
            return plain(name, settings, in -> new LengthFilter(in, min, max));
        });
        filters.put("truncate", (indexSettings, env, name, settings) -> {
            int length = settings.getAsInt("length", 10);
            return plain(name, settings, in -> new TruncateTokenFilter(in, length));
        });
        filters.put("edge_ngram", (indexSettings, env, name, settings) -> {
            int min = settings.getAsInt("min_gram", 1);
            int max = settings.getAsInt("max_gram", 2);
            boolean preserve = settings.getAsBoolean("preserve_original", false);
            return plain(name, settings, in -> new EdgeNGramTokenFilter(in, min, max, preserve));
        });
        filters.put("ngram", (indexSettings, env, name, settings) -> {
            int min = settings.getAsInt("min_gram", 1);
            int max = settings.getAsInt("max_gram", 2);
            boolean preserve = settings.getAsBoolean("preserve_original", false);
            return plain(name, settings, in -> new NGramTokenFilter(in, min, max, preserve));
        });
        return filters;
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(
            PreConfiguredTokenFilter.singleton("asciifolding", true, in -> new ASCIIFoldingFilter(in)),
            PreConfiguredTokenFilter.singleton("uppercase", true, UpperCaseFilter::new),
            PreConfiguredTokenFilter.singleton("trim", true, TrimFilter::new)
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        Map<String, AnalysisProvider<TokenizerFactory>> tokenizers = new TreeMap<>();
        tokenizers.put("keyword", tokenizer(KeywordTokenizer::new));
        tokenizers.put("whitespace", tokenizer(WhitespaceTokenizer::new));
        tokenizers.put("icu_tokenizer", tokenizer(ICUTokenizer::new));
        return tokenizers;
    }

    private static Normalizer2 icuNormalizer(Settings settings) {
        String name = settings.get("name", "nfkc_cf");
        String mode = settings.get("mode", "compose");
        if ("compose".equals(mode) == false && "decompose".equals(mode) == false) {
            throw new IllegalArgumentException("icu_normalizer mode must be compose or decompose, not [" + mode + "]");
        }
        return Normalizer2.getInstance(null, name, "compose".equals(mode) ? Normalizer2.Mode.COMPOSE : Normalizer2.Mode.DECOMPOSE);
    }

    private static AnalysisProvider<TokenFilterFactory> normalizing(Function<TokenStream, TokenStream> create) {
        return (indexSettings, env, name, settings) -> new Normalizing(name, settings, create, create);
    }

    private static TokenFilterFactory plain(String name, Settings settings, Function<TokenStream, TokenStream> create) {
        return new AbstractTokenFilterFactory(name, settings) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                return create.apply(tokenStream);
            }
        };
    }

    private static AnalysisProvider<TokenizerFactory> tokenizer(Supplier<Tokenizer> create) {
        return (indexSettings, env, name, settings) -> new AbstractTokenizerFactory(indexSettings, settings, name) {
            @Override
            public Tokenizer create() {
                return create.get();
            }
        };
    }

    /** A filter that may also be used in normalizers and on the terms of multi-term queries. */
    private static final class Normalizing extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final Function<TokenStream, TokenStream> create;
        private final Function<TokenStream, TokenStream> normalize;

        Normalizing(String name, Settings settings, Function<TokenStream, TokenStream> create, Function<TokenStream, TokenStream> normalize) {
            super(name, settings);
            this.create = create;
            this.normalize = normalize;
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return create.apply(tokenStream);
        }

        @Override
        public TokenStream normalize(TokenStream tokenStream) {
            return normalize.apply(tokenStream);
        }
    }
}
