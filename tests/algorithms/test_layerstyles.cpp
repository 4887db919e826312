#include "common/layerstyles.h"
#include "common/outputschema.h"

#include "testlayers.h"
#include <QLocale>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsrangefieldformatter.h>

#include <gtest/gtest.h>

#include <qgsexpressioncontextutils.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsmaplayerstore.h>
#include <qgsrendercontext.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

const QString kAreaUri = QStringLiteral( "Polygon?crs=EPSG:28992&field=statnaam:string&field=tg_share:double&field=suppressed:integer" );

//! Shares 0.01, 0.02, ..., 0.20 (one per area).
QList<double> twentyShares()
{
  QList<double> shares;
  for ( int i = 1; i <= 20; ++i )
    shares << i / 100.0;
  return shares;
}

QString square( int i )
{
  const double x = 100000 + ( i % 5 ) * 1000.0;
  const double y = 400000 + ( i / 5 ) * 1000.0;
  return QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x ).arg( y ).arg( x + 1000 ).arg( y + 1000 );
}

/**
 * 22 areas: 20 with tg_share 0.01..0.20 (suppressed 0), two suppressed
 * (tg_share NULL, suppressed 1).
 */
std::unique_ptr<QgsVectorLayer> areaLayer()
{
  auto layer = memoryLayer( kAreaUri, QStringLiteral( "areas" ) );
  const QList<double> shares = twentyShares();
  for ( int i = 0; i < shares.size(); ++i )
    addFeature( layer.get(), { QStringLiteral( "area %1" ).arg( i ), shares.at( i ), 0 }, square( i ) );
  addFeature( layer.get(), { QStringLiteral( "small 1" ), QVariant(), 1 }, square( 20 ) );
  addFeature( layer.get(), { QStringLiteral( "small 2" ), QVariant(), 1 }, square( 21 ) );
  return layer;
}

std::unique_ptr<QgsVectorLayer> householdLayer()
{
  auto layer = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=tg_prob:double&field=tg_ref:integer" ), QStringLiteral( "households" ) );
  // 50 households with probabilities 0.01, 0.03, ..., 0.99 (evenly spread).
  for ( int i = 0; i < 50; ++i )
    addFeature( layer.get(), { ( 2 * i + 1 ) / 100.0, 0 }, QStringLiteral( "POINT(%1 400000)" ).arg( 100000 + i ) );
  return layer;
}

QStringList ruleLabels( const QgsRuleBasedRenderer &renderer )
{
  QStringList labels;
  const QgsRuleBasedRenderer::RuleList children = const_cast<QgsRuleBasedRenderer &>( renderer ).rootRule()->children();
  for ( const QgsRuleBasedRenderer::Rule *rule : children )
    labels << rule->label();
  return labels;
}

//! The fill colour the renderer gives a feature with these attributes (invalid when none).
QColor colourFor( QgsFeatureRenderer &renderer, const QgsVectorLayer &layer, const QVariantList &attributes )
{
  QgsFeature feature( layer.fields() );
  for ( int i = 0; i < attributes.size(); ++i )
    feature.setAttribute( i, attributes.at( i ) );
  QgsRenderContext context;
  context.expressionContext().appendScope( QgsExpressionContextUtils::layerScope( &layer ) );
  context.expressionContext().setFeature( feature );
  renderer.startRender( context, layer.fields() );
  const QgsSymbolList symbols = renderer.symbolsForFeature( feature, context );
  renderer.stopRender( context );
  return symbols.size() == 1 ? symbols.first()->color() : QColor();
}

//! Writes the area layer to a file with Processing's own sink (native:savefeatures), as an algorithm output would be.
QString saveWithProcessing( QgsVectorLayer *layer, const QString &destination, QgsProcessingContext &context, RecordingFeedback &feedback )
{
  QVariantMap parameters;
  parameters.insert( QStringLiteral( "INPUT" ), QVariant::fromValue( layer ) );
  parameters.insert( QStringLiteral( "OUTPUT" ), destination );
  const AlgorithmRun run = runRegistered( QStringLiteral( "native:savefeatures" ), parameters, context, feedback );
  EXPECT_TRUE( run.ok ) << run.error.toStdString();
  return run.results.value( QStringLiteral( "OUTPUT" ) ).toString();
}

} // namespace

TEST( LayerStyles, QuantileBoundsFollowQgisQuantiles )
{
  // QGIS's quantile (Hyndman-Fan type 7) of 0.01..0.20 (n = 20): break i at
  // position a = i/5 * 19 between sorted values:
  //   i=1: a=3.8  -> 0.2*0.04 + 0.8*0.05 = 0.048
  //   i=2: a=7.6  -> 0.4*0.08 + 0.6*0.09 = 0.086
  //   i=3: a=11.4 -> 0.6*0.12 + 0.4*0.13 = 0.124
  //   i=4: a=15.2 -> 0.8*0.16 + 0.2*0.17 = 0.162
  const QList<double> bounds = styles::quantileBounds( twentyShares(), 5 );
  ASSERT_EQ( bounds.size(), 6 );
  const double expected[] = { 0.01, 0.048, 0.086, 0.124, 0.162, 0.20 };
  for ( int i = 0; i < 6; ++i )
    EXPECT_NEAR( bounds.at( i ), expected[i], 1e-12 ) << i;

  // Repeated values: fewer classes, never an empty one.
  EXPECT_EQ( styles::quantileBounds( { 0.1, 0.1, 0.1 }, 5 ), ( QList<double>{ 0.1, 0.1 } ) );
  const QList<double> twoValues = styles::quantileBounds( { 0.1, 0.1, 0.1, 0.1, 0.3 }, 5 );
  EXPECT_EQ( twoValues.first(), 0.1 );
  EXPECT_EQ( twoValues.last(), 0.3 );
  for ( int i = 1; i < twoValues.size(); ++i )
    EXPECT_LT( twoValues.at( i - 1 ), twoValues.at( i ) );
  EXPECT_TRUE( styles::quantileBounds( {}, 5 ).isEmpty() );
}

TEST( LayerStyles, LabelsReadAsPeopleSayThem )
{
  // 0 decimals suffice for 1, 5, 9, 12, 16, 20.
  EXPECT_EQ( styles::percentDecimals( { 0.01, 0.048, 0.086, 0.124, 0.162, 0.20 } ), 0 );
  // 8.1% and 8.4% both round to 8: one decimal keeps them apart.
  EXPECT_EQ( styles::percentDecimals( { 0.02, 0.081, 0.084, 0.2 } ), 1 );
  EXPECT_EQ( styles::areaClassLabel( 0.08, 0.12, 0 ), QStringLiteral( "8–12% of households" ) );
  EXPECT_EQ( styles::householdClassLabel( 0.1, 0.2, 0 ), QStringLiteral( "10–20% chance" ) );
  EXPECT_EQ( styles::areaClassLabel( 0.1, 0.1, 0 ), QStringLiteral( "10% of households" ) );
  EXPECT_EQ( styles::suppressedLabel( 10 ), QStringLiteral( "Suppressed: fewer than 10 households" ) );
  EXPECT_EQ( styles::suppressedLabel( -1 ), QStringLiteral( "Suppressed: too few households to show" ) );
}

TEST( LayerStyles, AreaRendererHasFiveClassesAndSuppressedRule )
{
  std::unique_ptr<QgsRuleBasedRenderer> renderer = styles::areaRenderer( twentyShares(), 10 );
  ASSERT_TRUE( renderer );
  EXPECT_EQ( renderer->type(), QStringLiteral( "RuleRenderer" ) );
  EXPECT_EQ( ruleLabels( *renderer ), ( QStringList{ QStringLiteral( "1–5% of households" ), QStringLiteral( "5–9% of households" ), QStringLiteral( "9–12% of households" ),
                                                     QStringLiteral( "12–16% of households" ), QStringLiteral( "16–20% of households" ),
                                                     QStringLiteral( "Suppressed: fewer than 10 households" ) } ) );
  // Every rule shows in the legend, with its symbol.
  const QgsLegendSymbolList legend = renderer->legendSymbolItems();
  int withSymbol = 0;
  for ( const QgsLegendSymbolItem &item : legend )
    withSymbol += item.symbol() ? 1 : 0;
  EXPECT_EQ( withSymbol, 6 );

  auto layer = areaLayer();
  const QList<QColor> ramp = styles::areaColors();
  EXPECT_EQ( colourFor( *renderer, *layer, { QStringLiteral( "a" ), 0.01, 0 } ), ramp.at( 0 ) );
  EXPECT_EQ( colourFor( *renderer, *layer, { QStringLiteral( "a" ), 0.10, 0 } ), ramp.at( 2 ) );  // 0.086 < 0.10 <= 0.124
  EXPECT_EQ( colourFor( *renderer, *layer, { QStringLiteral( "a" ), 0.124, 0 } ), ramp.at( 2 ) ); // a bound belongs to the class below
  EXPECT_EQ( colourFor( *renderer, *layer, { QStringLiteral( "a" ), 0.20, 0 } ), ramp.at( 4 ) );
  // Open-ended first and last classes.
  EXPECT_EQ( colourFor( *renderer, *layer, { QStringLiteral( "a" ), 0.0, 0 } ), ramp.at( 0 ) );
  EXPECT_EQ( colourFor( *renderer, *layer, { QStringLiteral( "a" ), 0.9, 0 } ), ramp.at( 4 ) );
  // Suppressed: grey, and nothing else.
  EXPECT_EQ( colourFor( *renderer, *layer, { QStringLiteral( "a" ), QVariant(), 1 } ), styles::kSuppressedColor );
}

TEST( LayerStyles, AreaRendererFromLayerReadsSharesAndFlagsAreasWithoutEstimate )
{
  auto layer = areaLayer();
  std::unique_ptr<QgsRuleBasedRenderer> renderer = styles::areaRenderer( *layer, 10 );
  ASSERT_TRUE( renderer );
  // Same classes as from the values; no ELSE rule: every area has a share or is suppressed.
  EXPECT_EQ( ruleLabels( *renderer ), ruleLabels( *styles::areaRenderer( twentyShares(), 10 ) ) );

  // An area that is not suppressed but has no share (no households, MIN_COUNT 0) gets a legend entry of its own.
  addFeature( layer.get(), { QStringLiteral( "empty" ), QVariant(), 0 }, square( 22 ) );
  renderer = styles::areaRenderer( *layer, 10 );
  ASSERT_TRUE( renderer );
  const QStringList labels = ruleLabels( *renderer );
  ASSERT_EQ( labels.size(), 7 );
  EXPECT_EQ( labels.last(), QStringLiteral( "No estimate (no households)" ) );
  EXPECT_EQ( colourFor( *renderer, *layer, { QStringLiteral( "a" ), QVariant(), 0 } ), QColor( 255, 255, 255 ) );

  auto noShare = memoryLayer( QStringLiteral( "Polygon?field=name:string" ) );
  EXPECT_FALSE( styles::areaRenderer( *noShare, 10 ) );
}

TEST( LayerStyles, HouseholdRendererIsGraduatedOnProbability )
{
  auto layer = householdLayer();
  std::unique_ptr<QgsGraduatedSymbolRenderer> renderer = styles::householdRenderer( *layer );
  ASSERT_TRUE( renderer );
  EXPECT_EQ( renderer->type(), QStringLiteral( "graduatedSymbol" ) );
  EXPECT_EQ( renderer->classAttribute(), QStringLiteral( "tg_prob" ) );
  ASSERT_EQ( renderer->ranges().size(), 5 );
  // 0.01..0.99 in steps of 0.02 (n = 50): break i at a = i/5 * 49, e.g.
  // i=1: a=9.8 -> 0.2*0.19 + 0.8*0.21 = 0.206 -> "1–21% chance".
  EXPECT_EQ( renderer->ranges().first().label(), QStringLiteral( "1–21% chance" ) );
  EXPECT_NEAR( renderer->ranges().first().upperValue(), 0.206, 1e-12 );
  EXPECT_EQ( renderer->ranges().last().label(), QStringLiteral( "79–99% chance" ) );
  for ( const QgsRendererRange &range : renderer->ranges() )
    EXPECT_TRUE( range.label().endsWith( QStringLiteral( "% chance" ) ) ) << range.label().toStdString();

  auto noProbability = memoryLayer( QStringLiteral( "Point?field=name:string" ) );
  EXPECT_FALSE( styles::householdRenderer( *noProbability ) );
}

TEST( LayerStyles, ApplyStyleSetsRendererOrLeavesLayerAlone )
{
  auto areas = areaLayer();
  ASSERT_TRUE( styles::applyStyle( areas.get(), styles::OutputKind::Areas, 10 ) );
  EXPECT_EQ( areas->renderer()->type(), QStringLiteral( "RuleRenderer" ) );
  // The aliases of outputschema.h come with the style.
  const int shareIndex = areas->fields().lookupField( schema::kShare );
  ASSERT_GE( shareIndex, 0 );
  EXPECT_EQ( areas->attributeAlias( shareIndex ), QStringLiteral( "Target-group share of households" ) );
  // Numbers shown rounded (stored in full): the attribute table shows 0.123, not 0.12345678.
  const QgsEditorWidgetSetup shareDisplay = areas->editorWidgetSetup( shareIndex );
  EXPECT_EQ( shareDisplay.type(), QStringLiteral( "Range" ) );
  EXPECT_EQ( shareDisplay.config().value( QStringLiteral( "Precision" ) ).toInt(), 3 );
  QgsRangeFieldFormatter formatter;
  QLocale::setDefault( QLocale::c() );
  EXPECT_EQ( formatter.representValue( areas.get(), shareIndex, shareDisplay.config(), QVariant(), 0.12345678 ), QStringLiteral( "0.123" ) );
  QLocale::setDefault( QLocale::system() );
  // Beside the share (0–1), a virtual field shows it as a percentage.
  const int percentIndex = areas->fields().lookupField( schema::percentFieldName( schema::kShare ) );
  ASSERT_GE( percentIndex, 0 );
  EXPECT_EQ( areas->attributeAlias( percentIndex ), QStringLiteral( "Target-group share of households (%)" ) );
  QgsFeature first;
  ASSERT_TRUE( areas->getFeatures().nextFeature( first ) );
  if ( !first.attribute( shareIndex ).isNull() )
  {
    EXPECT_NEAR( first.attribute( percentIndex ).toDouble(), 100.0 * first.attribute( shareIndex ).toDouble(), 1e-9 );
  }
  const int expectedIndex = areas->fields().lookupField( schema::kExpected );
  if ( expectedIndex >= 0 )
  {
    EXPECT_EQ( areas->editorWidgetSetup( expectedIndex ).config().value( QStringLiteral( "Precision" ) ).toInt(), 1 );
  }

  auto households = householdLayer();
  ASSERT_TRUE( styles::applyStyle( households.get(), styles::OutputKind::Households ) );
  EXPECT_EQ( households->renderer()->type(), QStringLiteral( "graduatedSymbol" ) );
  EXPECT_EQ( households->attributeAlias( households->fields().lookupField( schema::kProbability ) ), QStringLiteral( "Probability of belonging to the target group" ) );

  // Areas style on a layer without tg_share: untouched.
  auto other = householdLayer();
  const QString before = other->renderer()->type();
  EXPECT_FALSE( styles::applyStyle( other.get(), styles::OutputKind::Areas, 10 ) );
  EXPECT_EQ( other->renderer()->type(), before );
}

TEST( LayerStyles, MemoryOutputIsStyledAndPostProcessorAttached )
{
  QgsProcessingContext context;
  RecordingFeedback feedback;
  // An output as Processing makes it: a memory layer in the context's temporary store, to be loaded on completion.
  auto owned = areaLayer();
  QgsVectorLayer *output = owned.get();
  context.temporaryLayerStore()->addMapLayer( owned.release() );
  context.addLayerToLoadOnCompletion( output->id(), QgsProcessingContext::LayerDetails( QStringLiteral( "areas" ), nullptr, QStringLiteral( "OUTPUT" ) ) );

  const QString stored = styles::styleOutput( output->id(), styles::OutputKind::Areas, 10, context, &feedback );
  EXPECT_TRUE( stored.isEmpty() ); // nothing to store for a memory layer
  EXPECT_EQ( output->renderer()->type(), QStringLiteral( "RuleRenderer" ) );
  EXPECT_TRUE( feedback.warnings.isEmpty() ) << feedback.warnings.join( QLatin1Char( '\n' ) ).toStdString();

  QgsProcessingLayerPostProcessorInterface *postProcessor = context.layerToLoadOnCompletionDetails( output->id() ).postProcessor();
  ASSERT_TRUE( postProcessor );
  auto *areaPostProcessor = dynamic_cast<styles::AreaStylePostProcessor *>( postProcessor );
  ASSERT_TRUE( areaPostProcessor );
  EXPECT_EQ( areaPostProcessor->minimumCount(), 10 );

  // What QGIS desktop does after loading the layer (without its default style).
  auto loaded = areaLayer();
  ASSERT_EQ( loaded->renderer()->type(), QStringLiteral( "singleSymbol" ) );
  postProcessor->postProcessLayer( loaded.get(), context, &feedback );
  EXPECT_EQ( loaded->renderer()->type(), QStringLiteral( "RuleRenderer" ) );
  const QStringList labels = ruleLabels( *static_cast<QgsRuleBasedRenderer *>( loaded->renderer() ) );
  EXPECT_EQ( labels.size(), 6 );
  EXPECT_EQ( labels.last(), QStringLiteral( "Suppressed: fewer than 10 households" ) );

  // Not loaded on completion: no post-processor.
  QgsProcessingContext batchContext;
  auto notLoaded = householdLayer();
  QgsVectorLayer *notLoadedLayer = notLoaded.get();
  batchContext.temporaryLayerStore()->addMapLayer( notLoaded.release() );
  styles::styleOutput( notLoadedLayer->id(), styles::OutputKind::Households, -1, batchContext, &feedback );
  EXPECT_EQ( notLoadedLayer->renderer()->type(), QStringLiteral( "graduatedSymbol" ) );
  EXPECT_FALSE( batchContext.willLoadLayerOnCompletion( notLoadedLayer->id() ) );
}

TEST( LayerStyles, HouseholdPostProcessorStylesLoadedLayer )
{
  QgsProcessingContext context;
  RecordingFeedback feedback;
  std::unique_ptr<styles::HouseholdStylePostProcessor> postProcessor( styles::HouseholdStylePostProcessor::create() );
  auto loaded = householdLayer();
  postProcessor->postProcessLayer( loaded.get(), context, &feedback );
  EXPECT_EQ( loaded->renderer()->type(), QStringLiteral( "graduatedSymbol" ) );
  // A layer without tg_prob keeps its style, with a warning.
  auto other = areaLayer();
  postProcessor->postProcessLayer( other.get(), context, &feedback );
  EXPECT_EQ( other->renderer()->type(), QStringLiteral( "singleSymbol" ) );
  ASSERT_EQ( feedback.warnings.size(), 1 );
  EXPECT_TRUE( feedback.warnings.first().contains( QStringLiteral( "tg_prob" ) ) );
}

TEST( LayerStyles, GeoPackageOutputKeepsStyleInLayerStyles )
{
  QTemporaryDir directory;
  QgsProcessingContext context;
  RecordingFeedback feedback;
  auto areas = areaLayer();
  const QString outputId = saveWithProcessing( areas.get(), directory.filePath( QStringLiteral( "areas.gpkg" ) ), context, feedback );
  ASSERT_FALSE( outputId.isEmpty() );

  const QString stored = styles::styleOutput( outputId, styles::OutputKind::Areas, 10, context, &feedback );
  EXPECT_TRUE( stored.startsWith( QStringLiteral( "layer_styles of " ) ) ) << stored.toStdString();
  EXPECT_TRUE( feedback.warnings.isEmpty() ) << feedback.warnings.join( QLatin1Char( '\n' ) ).toStdString();
  // The style travels inside the GeoPackage, not beside it.
  EXPECT_FALSE( QFileInfo::exists( directory.filePath( QStringLiteral( "areas.qml" ) ) ) );

  // Opened afresh, as a user would (default style loaded): the area style.
  QgsVectorLayer reopened( outputId, QStringLiteral( "reopened" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( reopened.isValid() );
  ASSERT_EQ( reopened.renderer()->type(), QStringLiteral( "RuleRenderer" ) );
  const QStringList labels = ruleLabels( *static_cast<QgsRuleBasedRenderer *>( reopened.renderer() ) );
  EXPECT_EQ( labels, ruleLabels( *styles::areaRenderer( twentyShares(), 10 ) ) );
}

TEST( LayerStyles, FileOutputWithoutStyleTableGetsSidecarQml )
{
  QTemporaryDir directory;
  QgsProcessingContext context;
  RecordingFeedback feedback;
  auto households = householdLayer();
  const QString outputId = saveWithProcessing( households.get(), directory.filePath( QStringLiteral( "households.geojson" ) ), context, feedback );
  ASSERT_FALSE( outputId.isEmpty() );

  const QString stored = styles::styleOutput( outputId, styles::OutputKind::Households, -1, context, &feedback );
  const QString qmlPath = directory.filePath( QStringLiteral( "households.qml" ) );
  EXPECT_EQ( QFileInfo( stored ).absoluteFilePath(), QFileInfo( qmlPath ).absoluteFilePath() );
  ASSERT_TRUE( QFileInfo::exists( qmlPath ) );

  QgsVectorLayer reopened( outputId, QStringLiteral( "reopened" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( reopened.isValid() );
  ASSERT_EQ( reopened.renderer()->type(), QStringLiteral( "graduatedSymbol" ) );
  const QgsGraduatedSymbolRenderer *renderer = static_cast<QgsGraduatedSymbolRenderer *>( reopened.renderer() );
  EXPECT_EQ( renderer->classAttribute(), QStringLiteral( "tg_prob" ) );
  EXPECT_EQ( renderer->ranges().size(), 5 );
  EXPECT_EQ( renderer->ranges().first().label(), QStringLiteral( "1–21% chance" ) );
}

TEST( LayerStyles, UnusableOutputWarnsButDoesNotFail )
{
  QgsProcessingContext context;
  RecordingFeedback feedback;
  EXPECT_TRUE( styles::styleOutput( QStringLiteral( "/nonexistent/folder/areas.gpkg" ), styles::OutputKind::Areas, 10, context, &feedback ).isEmpty() );
  ASSERT_EQ( feedback.warnings.size(), 1 );
  EXPECT_TRUE( feedback.warnings.first().contains( QStringLiteral( "/nonexistent/folder/areas.gpkg" ) ) );

  // A file output without the field: warned, nothing stored.
  QTemporaryDir directory;
  auto plain = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=name:string" ) );
  addFeature( plain.get(), { QStringLiteral( "x" ) }, QStringLiteral( "POINT(1 2)" ) );
  const QString outputId = saveWithProcessing( plain.get(), directory.filePath( QStringLiteral( "plain.geojson" ) ), context, feedback );
  feedback.warnings.clear();
  EXPECT_TRUE( styles::styleOutput( outputId, styles::OutputKind::Households, -1, context, &feedback ).isEmpty() );
  ASSERT_EQ( feedback.warnings.size(), 1 );
  EXPECT_TRUE( feedback.warnings.first().contains( QStringLiteral( "tg_prob" ) ) );
  EXPECT_FALSE( QFileInfo::exists( directory.filePath( QStringLiteral( "plain.qml" ) ) ) );
}

TEST( LayerStyles, FewAreasOrSmallDifferencesGetFewerClasses )
{
  // Two provincies at 9.88% and 10.31%: under one point apart, one colour.
  EXPECT_EQ( styles::areaClassCount( { 0.0988, 0.1031 } ), 1 );
  // Seven gemeenten from 6% to 14%: two classes of three or more areas.
  EXPECT_EQ( styles::areaClassCount( { 0.06, 0.07, 0.08, 0.10, 0.11, 0.12, 0.14 } ), 2 );
  // Many areas: the full five.
  QList<double> many;
  for ( int i = 0; i < 72; ++i )
    many << 0.02 + 0.002 * i;
  EXPECT_EQ( styles::areaClassCount( many ), styles::kClassCount );
  EXPECT_EQ( styles::areaClassCount( {} ), 0 );

  std::unique_ptr<QgsRuleBasedRenderer> provincies = styles::areaRenderer( QList<double>{ 0.0988, 0.1031 }, 10 );
  // One colour class and the suppressed rule.
  EXPECT_EQ( provincies->rootRule()->children().size(), 2 );
}

TEST( LayerStyles, LoadedOutputsAreDrawnFinerAboveCoarser )
{
  // As QGIS 3.22 loads results: each on top of the layer tree, in no set
  // order; the post-processors then put them in drawing order.
  QgsProject project;
  auto areasOf = [&project]( int count, const QString &name )
  {
    QgsVectorLayer *layer = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=tg_share:double&field=suppressed:integer" ), name ).release();
    for ( int i = 0; i < count; ++i )
      addFeature( layer, { 0.05 + 0.001 * i, 0 }, QStringLiteral( "Polygon((%1 0, %2 0, %2 1, %1 1, %1 0))" ).arg( i ).arg( i + 1 ) );
    return layer;
  };
  QgsVectorLayer *other = areasOf( 3, QStringLiteral( "someone else's" ) );
  QgsVectorLayer *finest = areasOf( 72, QStringLiteral( "finest" ) );
  QgsVectorLayer *households = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=tg_prob:double" ), QStringLiteral( "households" ) ).release();
  addFeature( households, { 0.2 }, QStringLiteral( "Point(0 0)" ) );
  QgsVectorLayer *coarse = areasOf( 2, QStringLiteral( "coarse" ) );
  QgsVectorLayer *middle = areasOf( 7, QStringLiteral( "middle" ) );
  QgsProcessingContext context;
  context.setProject( &project );
  QgsProcessingFeedback feedback;
  project.addMapLayer( other );
  for ( QgsVectorLayer *layer : { finest, households, coarse, middle } )
  {
    project.layerTreeRoot()->insertLayer( 0, layer );
    project.addMapLayer( layer, false );
    std::unique_ptr<QgsProcessingLayerPostProcessorInterface> postProcessor( layer == households ? static_cast<QgsProcessingLayerPostProcessorInterface *>( styles::HouseholdStylePostProcessor::create() )
                                                                                                 : styles::AreaStylePostProcessor::create( 10 ) );
    postProcessor->postProcessLayer( layer, context, &feedback );
  }
  QStringList order;
  for ( QgsLayerTreeLayer *node : project.layerTreeRoot()->findLayers() )
    order << node->layer()->name();
  // Ours in drawing order; the other layer where it was (at the bottom).
  EXPECT_EQ( order, ( QStringList{ QStringLiteral( "households" ), QStringLiteral( "finest" ), QStringLiteral( "middle" ), QStringLiteral( "coarse" ), QStringLiteral( "someone else's" ) } ) ) << order.join( QLatin1Char( ',' ) ).toStdString();
}
