// Writes metadata/targetgroup_full_analysis.model3, the "Target group: full
// analysis" model for Model Designer, through QGIS's own model API, so the
// file is exactly what Model Designer itself would save.
// Usage: write_model OUTPUT.model3

#include "aggregateareasalgorithm.h"
#include "areareportalgorithm.h"
#include "buildprofilealgorithm.h"
#include "common/qgiscompat.h"
#include "rollupareasalgorithm.h"
#include "scorehouseholdsalgorithm.h"
#include "targetgroupprovider.h"

#include <qgsapplication.h>
#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingregistry.h>

#include <QTemporaryDir>
#include <cstdio>

using namespace targetgroup;

namespace
{

QgsProcessingModelChildParameterSource fromInput( const QString &name )
{
  return QgsProcessingModelChildParameterSource::fromModelParameter( name );
}

QgsProcessingModelChildParameterSource fromChild( const QString &childId, const QString &output )
{
  return QgsProcessingModelChildParameterSource::fromChildOutput( childId, output );
}

QgsProcessingModelChildParameterSource fixed( const QVariant &value )
{
  return QgsProcessingModelChildParameterSource::fromStaticValue( value );
}

void addInput( QgsProcessingModelAlgorithm &model, QgsProcessingParameterDefinition *definition, double x, double y )
{
  QgsProcessingModelParameter component( definition->name() );
  component.setPosition( QPointF( x, y ) );
  model.addModelParameter( definition, component );
}

QgsProcessingModelChildAlgorithm child( const QString &algorithmId, const QString &childId, const QString &description, double x, double y )
{
  QgsProcessingModelChildAlgorithm algorithm( algorithmId );
  algorithm.setChildId( childId );
  algorithm.setDescription( description );
  algorithm.setPosition( QPointF( x, y ) );
  return algorithm;
}

void exposeOutput( QgsProcessingModelChildAlgorithm &algorithm, const QString &childOutput, const QString &modelOutputName, double x, double y )
{
  QgsProcessingModelOutput output( modelOutputName );
  output.setChildId( algorithm.childId() );
  output.setChildOutputName( childOutput );
  output.setPosition( QPointF( x, y ) );
  QMap<QString, QgsProcessingModelOutput> outputs = algorithm.modelOutputs();
  outputs.insert( modelOutputName, output );
  algorithm.setModelOutputs( outputs );
}

} // namespace

int main( int argc, char **argv )
{
  if ( argc != 2 )
  {
    std::fprintf( stderr, "usage: write_model OUTPUT.model3\n" );
    return 2;
  }
  qputenv( "QT_QPA_PLATFORM", "offscreen" );
  QTemporaryDir profile;
  QgsApplication app( argc, argv, false, profile.path() );
  QgsApplication::init( profile.path() );
  QgsApplication::initQgis();
  QgsApplication::processingRegistry()->addProvider( new TargetGroupProvider() );

  QgsProcessingModelAlgorithm model( QStringLiteral( "Target group: full analysis" ), QStringLiteral( "Target group" ), QStringLiteral( "targetgroup" ) );
  model.setHelpContent( { { QStringLiteral( "ALG_DESC" ), QStringLiteral( "Seed households -> profile -> scored households -> finest areas -> coarser areas -> area report. The same chain as the provider's 'Target group: full analysis' algorithm, to open and adapt in Model Designer. The finest and middle levels are joined by their CBS code field 'statcode' (WK0228xx lies in GM0228); the coarse level (provincies, PVnn) spatially." ) } } );

  const QList<int> points{ static_cast<int>( compat::SourceVectorPoint ) };
  const QList<int> polygons{ static_cast<int>( compat::SourceVectorPolygon ) };
  addInput( model, new QgsProcessingParameterFeatureSource( QStringLiteral( "households" ), QStringLiteral( "Households" ), points ), 80, 60 );
  addInput( model, new QgsProcessingParameterExpression( QStringLiteral( "seed" ), QStringLiteral( "Seed households (expression)" ), QStringLiteral( "\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ), QStringLiteral( "households" ) ), 80, 130 );
  addInput( model, new QgsProcessingParameterExpression( QStringLiteral( "base" ), QStringLiteral( "Comparison base (expression; empty: all households)" ), QVariant(), QStringLiteral( "households" ), true ), 80, 200 );
  addInput( model, new QgsProcessingParameterField( QStringLiteral( "profile_fields" ), QStringLiteral( "Profile fields" ), QVariant(), QStringLiteral( "households" ), compat::FieldAny, true ), 80, 270 );
  addInput( model, new QgsProcessingParameterField( QStringLiteral( "descriptive_fields" ), QStringLiteral( "Descriptive fields (soft characteristics)" ), QVariant(), QStringLiteral( "households" ), compat::FieldAny, true, true ), 80, 340 );
  addInput( model, new QgsProcessingParameterNumber( QStringLiteral( "prevalence" ), QStringLiteral( "Expected share of target-group households (0-1)" ), compat::NumberDouble, ScoreHouseholdsAlgorithm::kDefaultPrevalence, false, 0.0, 1.0 ), 80, 410 );
  addInput( model, new QgsProcessingParameterExpression( QStringLiteral( "member" ), QStringLiteral( "Library members (expression)" ), QStringLiteral( "\"is_member\" = 1" ), QStringLiteral( "households" ), true ), 80, 480 );
  addInput( model, new QgsProcessingParameterFeatureSource( QStringLiteral( "finest_areas" ), QStringLiteral( "Finest areas (buurten or wijken)" ), polygons ), 80, 550 );
  addInput( model, new QgsProcessingParameterFeatureSource( QStringLiteral( "middle_areas" ), QStringLiteral( "Middle areas (gemeenten)" ), polygons ), 80, 620 );
  addInput( model, new QgsProcessingParameterFeatureSource( QStringLiteral( "coarse_areas" ), QStringLiteral( "Coarse areas (provincies)" ), polygons ), 80, 690 );
  addInput( model, new QgsProcessingParameterNumber( QStringLiteral( "min_count" ), QStringLiteral( "Suppress areas with fewer households than" ), compat::NumberInteger, 10, false, 1 ), 80, 760 );

  QgsProcessingModelChildAlgorithm profileStep = child( QStringLiteral( "targetgroup:buildprofile" ), QStringLiteral( "build_profile" ), QStringLiteral( "Build target group profile" ), 420, 120 );
  profileStep.addParameterSources( BuildProfileAlgorithm::INPUT, { fromInput( QStringLiteral( "households" ) ) } );
  profileStep.addParameterSources( BuildProfileAlgorithm::SEED, { fromInput( QStringLiteral( "seed" ) ) } );
  profileStep.addParameterSources( BuildProfileAlgorithm::BASE, { fromInput( QStringLiteral( "base" ) ) } );
  profileStep.addParameterSources( BuildProfileAlgorithm::FIELDS, { fromInput( QStringLiteral( "profile_fields" ) ) } );
  profileStep.addParameterSources( BuildProfileAlgorithm::DESCRIPTIVE_FIELDS, { fromInput( QStringLiteral( "descriptive_fields" ) ) } );
  profileStep.addParameterSources( BuildProfileAlgorithm::BINS, { fixed( 5 ) } );
  profileStep.addParameterSources( BuildProfileAlgorithm::MIN_CELL, { fixed( 10 ) } );
  exposeOutput( profileStep, BuildProfileAlgorithm::OUTPUT_PROFILE, QStringLiteral( "Profile" ), 650, 60 );
  exposeOutput( profileStep, BuildProfileAlgorithm::OUTPUT_HTML, QStringLiteral( "Profile report" ), 650, 100 );
  model.addChildAlgorithm( profileStep );

  QgsProcessingModelChildAlgorithm scoreStep = child( QStringLiteral( "targetgroup:scorehouseholds" ), QStringLiteral( "score_households" ), QStringLiteral( "Score households" ), 420, 260 );
  scoreStep.addParameterSources( ScoreHouseholdsAlgorithm::INPUT, { fromInput( QStringLiteral( "households" ) ) } );
  scoreStep.addParameterSources( ScoreHouseholdsAlgorithm::PROFILE, { fromChild( QStringLiteral( "build_profile" ), BuildProfileAlgorithm::OUTPUT_PROFILE ) } );
  scoreStep.addParameterSources( ScoreHouseholdsAlgorithm::PREVALENCE, { fromInput( QStringLiteral( "prevalence" ) ) } );
  scoreStep.addParameterSources( ScoreHouseholdsAlgorithm::METHOD, { fixed( 0 ) } );
  exposeOutput( scoreStep, ScoreHouseholdsAlgorithm::OUTPUT, QStringLiteral( "Scored households" ), 650, 260 );
  model.addChildAlgorithm( scoreStep );

  QgsProcessingModelChildAlgorithm aggregateStep = child( QStringLiteral( "targetgroup:aggregateareas" ), QStringLiteral( "aggregate_areas" ), QStringLiteral( "Aggregate households to the finest areas (unsuppressed sums, kept temporary)" ), 420, 400 );
  aggregateStep.addParameterSources( AggregateAreasAlgorithm::INPUT, { fromChild( QStringLiteral( "score_households" ), ScoreHouseholdsAlgorithm::OUTPUT ) } );
  aggregateStep.addParameterSources( AggregateAreasAlgorithm::AREAS, { fromInput( QStringLiteral( "finest_areas" ) ) } );
  aggregateStep.addParameterSources( AggregateAreasAlgorithm::PROB_FIELD, { fixed( QStringLiteral( "tg_prob" ) ) } );
  aggregateStep.addParameterSources( AggregateAreasAlgorithm::REF_FIELD, { fixed( QStringLiteral( "tg_ref" ) ) } );
  aggregateStep.addParameterSources( AggregateAreasAlgorithm::MEMBER, { fromInput( QStringLiteral( "member" ) ) } );
  aggregateStep.addParameterSources( AggregateAreasAlgorithm::MIN_COUNT, { fixed( 0 ) } );
  model.addChildAlgorithm( aggregateStep );

  const struct
  {
    const char *childId;
    const char *description;
    const char *areasInput;
    const char *outputName;
    RollupAreasAlgorithm::JoinMethod join;
    double y;
  } levels[] = {
      // wijk -> wijk and wijk -> gemeente nest by code; provincie codes (PVnn) do not: spatial.
      { "rollup_finest", "Finest areas with suppression", "finest_areas", "Finest areas", RollupAreasAlgorithm::JoinByCode, 540 },
      { "rollup_middle", "Roll up to the middle areas (by CBS code)", "middle_areas", "Middle areas", RollupAreasAlgorithm::JoinByCode, 640 },
      { "rollup_coarse", "Roll up to the coarse areas (spatially)", "coarse_areas", "Coarse areas", RollupAreasAlgorithm::JoinSpatially, 740 },
  };
  for ( const auto &level : levels )
  {
    QgsProcessingModelChildAlgorithm rollupStep = child( QStringLiteral( "targetgroup:rollupareas" ), QString::fromLatin1( level.childId ), QString::fromLatin1( level.description ), 420, level.y );
    rollupStep.addParameterSources( RollupAreasAlgorithm::INPUT, { fromChild( QStringLiteral( "aggregate_areas" ), AggregateAreasAlgorithm::OUTPUT ) } );
    rollupStep.addParameterSources( RollupAreasAlgorithm::AREAS, { fromInput( QString::fromLatin1( level.areasInput ) ) } );
    rollupStep.addParameterSources( RollupAreasAlgorithm::JOIN_METHOD, { fixed( static_cast<int>( level.join ) ) } );
    rollupStep.addParameterSources( RollupAreasAlgorithm::FINE_CODE_FIELD, { fixed( QStringLiteral( "statcode" ) ) } );
    rollupStep.addParameterSources( RollupAreasAlgorithm::COARSE_CODE_FIELD, { fixed( QStringLiteral( "statcode" ) ) } );
    rollupStep.addParameterSources( RollupAreasAlgorithm::MIN_COUNT, { fromInput( QStringLiteral( "min_count" ) ) } );
    exposeOutput( rollupStep, RollupAreasAlgorithm::OUTPUT, QString::fromLatin1( level.outputName ), 650, level.y );
    model.addChildAlgorithm( rollupStep );
  }

  QgsProcessingModelChildAlgorithm reportStep = child( QStringLiteral( "targetgroup:areareport" ), QStringLiteral( "area_report" ), QStringLiteral( "Area report with map" ), 420, 860 );
  reportStep.addParameterSources( AreaReportAlgorithm::AREAS, { fromChild( QStringLiteral( "rollup_finest" ), RollupAreasAlgorithm::OUTPUT ) } );
  reportStep.addParameterSources( AreaReportAlgorithm::PROFILE, { fromChild( QStringLiteral( "build_profile" ), BuildProfileAlgorithm::OUTPUT_PROFILE ) } );
  reportStep.addParameterSources( AreaReportAlgorithm::PREVALENCE, { fromInput( QStringLiteral( "prevalence" ) ) } );
  reportStep.addParameterSources( AreaReportAlgorithm::MIN_COUNT, { fromInput( QStringLiteral( "min_count" ) ) } );
  exposeOutput( reportStep, AreaReportAlgorithm::OUTPUT_HTML, QStringLiteral( "Area report" ), 650, 860 );
  model.addChildAlgorithm( reportStep );

  if ( !model.toFile( QString::fromLocal8Bit( argv[1] ) ) )
  {
    std::fprintf( stderr, "could not write %s\n", argv[1] );
    return 1;
  }
  QgsApplication::exitQgis();
  return 0;
}
