#include "fullanalysisalgorithm.h"

#include "aggregateareasalgorithm.h"
#include "areareportalgorithm.h"
#include "buildprofilealgorithm.h"
#include "common/qgiscompat.h"
#include "rollupareasalgorithm.h"
#include "scorehouseholdsalgorithm.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingutils.h>

namespace targetgroup
{

QString FullAnalysisAlgorithm::name() const
{
  return QStringLiteral( "fullanalysis" );
}

QString FullAnalysisAlgorithm::displayName() const
{
  return QObject::tr( "Target group: full analysis" );
}

QStringList FullAnalysisAlgorithm::tags() const
{
  return QObject::tr( "model,profile,score,aggregate,rollup,report,target group,library" ).split( QLatin1Char( ',' ) );
}

QString FullAnalysisAlgorithm::group() const
{
  return QObject::tr( "Target group" );
}

QString FullAnalysisAlgorithm::groupId() const
{
  return QStringLiteral( "targetgroup" );
}

QString FullAnalysisAlgorithm::shortHelpString() const
{
  return QObject::tr(
      "From seed households to a map and a report in one run. The steps are the provider's own algorithms, run one after "
      "the other with this run's progress and log:\n"
      "1. <b>Build target group profile</b> from the seed and comparison base;\n"
      "2. <b>Score households</b> with the profile (calibrated probability tg_prob, index, reference group), calibrated to "
      "PREVALENCE, or per area to PREVALENCE_AREAS / PREVALENCE_FIELD where such estimates are given;\n"
      "3. <b>Aggregate households to areas</b> on the finest area layer (e.g. buurten or wijken), once, over all households;\n"
      "4. <b>Roll up areas</b> to the optional middle and coarse levels (e.g. gemeenten, provincies), from the finest level, "
      "without reading the households again. A level is joined by its CBS code (CODE_FIELD, default statcode: WK0228xx lies in "
      "GM0228) when its codes nest by prefix (BU, WK, GM codes); otherwise, e.g. for provincies (PVnn) or with CODE_FIELD empty, "
      "spatially: each finest area belongs to the coarse area that holds its point on surface. Finest areas that match no coarse "
      "area are counted and named in the log, never dropped silently;\n"
      "5. the <b>area report</b> (HTML with a map) of the finest level, if an output file is given.\n\n"
      "Every level is suppressed the same way: areas with fewer than MIN_COUNT households keep only hh_total. "
      "The same chain ships as a model (metadata/targetgroup_full_analysis.model3) to open and adapt in Model Designer." );
}

FullAnalysisAlgorithm *FullAnalysisAlgorithm::createInstance() const
{
  return new FullAnalysisAlgorithm();
}

void FullAnalysisAlgorithm::initAlgorithm( const QVariantMap & )
{
  const QList<int> points{ static_cast<int>( compat::SourceVectorPoint ) };
  const QList<int> polygons{ static_cast<int>( compat::SourceVectorPolygon ) };
  addParameter( new QgsProcessingParameterFeatureSource( HOUSEHOLDS, QObject::tr( "Households" ), points ) );
  addParameter( new QgsProcessingParameterExpression( SEED, QObject::tr( "Seed households (expression)" ), QVariant(), HOUSEHOLDS ) );
  addParameter( new QgsProcessingParameterExpression( BASE, QObject::tr( "Comparison base (expression; empty: all households)" ), QVariant(), HOUSEHOLDS, true ) );
  addParameter( new QgsProcessingParameterField( FIELDS, QObject::tr( "Profile fields (used for scoring)" ), QVariant(), HOUSEHOLDS, compat::FieldAny, true ) );
  addParameter( new QgsProcessingParameterField( DESCRIPTIVE_FIELDS, QObject::tr( "Descriptive fields (soft characteristics)" ), QVariant(), HOUSEHOLDS, compat::FieldAny, true, true ) );
  addParameter( new QgsProcessingParameterNumber( PREVALENCE, QObject::tr( "Expected share of target-group households (0–1)" ), compat::NumberDouble, ScoreHouseholdsAlgorithm::kDefaultPrevalence, false, 0.0, 1.0 ) );
  addParameter( new QgsProcessingParameterFeatureSource( PREVALENCE_AREAS, QObject::tr( "Areas with a prevalence estimate (e.g. per-gemeente literacy estimates)" ), polygons, QVariant(), true ) );
  addParameter( new QgsProcessingParameterField( PREVALENCE_FIELD, QObject::tr( "Prevalence estimate field (share 0–1 or percentage)" ), QVariant(), PREVALENCE_AREAS, compat::FieldNumeric, false, true ) );
  addParameter( new QgsProcessingParameterExpression( MEMBER, QObject::tr( "Library members (expression)" ), QVariant(), HOUSEHOLDS, true ) );
  addParameter( new QgsProcessingParameterFeatureSource( AREAS, QObject::tr( "Finest areas (e.g. buurten or wijken)" ), polygons ) );
  addParameter( new QgsProcessingParameterFeatureSource( MIDDLE_AREAS, QObject::tr( "Middle areas (e.g. gemeenten)" ), polygons, QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSource( COARSE_AREAS, QObject::tr( "Coarse areas (e.g. provincies)" ), polygons, QVariant(), true ) );
  addParameter( new QgsProcessingParameterString( CODE_FIELD, QObject::tr( "Area code field in every area layer (empty: join levels spatially)" ), QStringLiteral( "statcode" ), false, true ) );
  addParameter( new QgsProcessingParameterNumber( MIN_COUNT, QObject::tr( "Suppress areas with fewer households than" ), compat::NumberInteger, 10, false, 1 ) );
  auto minCell = std::make_unique<QgsProcessingParameterNumber>( MIN_CELL, QObject::tr( "Minimum cell size of the profile" ), compat::NumberInteger, 10, false, 1 );
  minCell->setFlags( minCell->flags() | compat::ParameterAdvanced );
  addParameter( minCell.release() );
  auto bins = std::make_unique<QgsProcessingParameterNumber>( BINS, QObject::tr( "Quantile bins for numeric fields" ), compat::NumberInteger, 5, false, 2, 20 );
  bins->setFlags( bins->flags() | compat::ParameterAdvanced );
  addParameter( bins.release() );

  addParameter( new QgsProcessingParameterFileDestination( OUTPUT_PROFILE, QObject::tr( "Profile" ), QObject::tr( "Profile JSON (*.json)" ) ) );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT_REPORT, QObject::tr( "Area report" ), QObject::tr( "HTML files (*.html)" ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT_HOUSEHOLDS, QObject::tr( "Scored households" ), compat::SourceVectorPoint ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT_AREAS, QObject::tr( "Finest areas with target-group figures" ), compat::SourceVectorPolygon ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT_MIDDLE_AREAS, QObject::tr( "Middle areas with target-group figures" ), compat::SourceVectorPolygon, QVariant(), true, false ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT_COARSE_AREAS, QObject::tr( "Coarse areas with target-group figures" ), compat::SourceVectorPolygon, QVariant(), true, false ) );

  addOutput( new QgsProcessingOutputNumber( SEED_COUNT, QObject::tr( "Seed households" ) ) );
  addOutput( new QgsProcessingOutputNumber( BASE_COUNT, QObject::tr( "Base households" ) ) );
  addOutput( new QgsProcessingOutputNumber( EXPECTED_TOTAL, QObject::tr( "Expected target-group households" ) ) );
  addOutput( new QgsProcessingOutputNumber( MATCHED, QObject::tr( "Households in an area" ) ) );
  addOutput( new QgsProcessingOutputNumber( UNMATCHED, QObject::tr( "Households in no area" ) ) );
}

namespace
{

//! Forwards to the run's feedback step by step and keeps the last error, so
//! that a failing step's message reaches the user unchanged.
class StepFeedback : public QgsProcessingMultiStepFeedback
{
public:
  StepFeedback( int steps, QgsProcessingFeedback *feedback )
      : QgsProcessingMultiStepFeedback( steps, feedback )
  {
  }
  void reportError( const QString &error, bool fatalError = false ) override
  {
    lastError = error;
    QgsProcessingMultiStepFeedback::reportError( error, fatalError );
  }
  QString lastError;
};

/**
 * How to join the finest areas to a coarser layer: by code when the layer has
 * the code field and its codes belong to the CBS code hierarchy that nests by
 * prefix (BU, WK, GM); otherwise spatially (provincie codes PVnn, for
 * instance, are not prefixes of gemeente codes).
 */
RollupAreasAlgorithm::JoinMethod joinFor( QgsFeatureSource *areas, const QString &codeField )
{
  if ( codeField.isEmpty() || !areas )
    return RollupAreasAlgorithm::JoinSpatially;
  const int codeIndex = areas->fields().lookupField( codeField );
  if ( codeIndex < 0 )
    return RollupAreasAlgorithm::JoinSpatially;
  QgsFeatureRequest request;
  request.setFlags( compat::RequestNoGeometry );
  request.setSubsetOfAttributes( QgsAttributeList() << codeIndex );
  request.setLimit( 1 );
  QgsFeature feature;
  QgsFeatureIterator iterator = areas->getFeatures( request );
  if ( !iterator.nextFeature( feature ) )
    return RollupAreasAlgorithm::JoinSpatially;
  const QString code = feature.attribute( codeIndex ).toString().trimmed().toUpper();
  const bool nestsByPrefix = code.startsWith( QLatin1String( "BU" ) ) || code.startsWith( QLatin1String( "WK" ) ) || code.startsWith( QLatin1String( "GM" ) );
  return nestsByPrefix ? RollupAreasAlgorithm::JoinByCode : RollupAreasAlgorithm::JoinSpatially;
}

QVariantMap runStep( const QgsProcessingAlgorithm &prototype, const QVariantMap &parameters, QgsProcessingContext &context, StepFeedback &feedback, int step )
{
  feedback.setCurrentStep( step );
  if ( feedback.isCanceled() )
    throw QgsProcessingException( QObject::tr( "Canceled." ) );
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( prototype.create() );
  feedback.pushInfo( QObject::tr( "Step %1: %2" ).arg( step + 1 ).arg( algorithm->displayName() ) );
  feedback.lastError.clear();
  bool ok = false;
  const QVariantMap results = algorithm->run( parameters, context, &feedback, &ok );
  if ( !ok )
    throw QgsProcessingException( QObject::tr( "Step '%1' failed: %2" ).arg( algorithm->displayName(), feedback.lastError ) );
  return results;
}

} // namespace

QVariantMap FullAnalysisAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString codeField = parameterAsString( parameters, CODE_FIELD, context ).trimmed();
  const int minimumCount = parameterAsInt( parameters, MIN_COUNT, context );
  // A level is wanted when its layer resolves, whatever form the value has
  // (a path, a layer, or a source definition with "selected features only").
  auto resolves = [&]( const QString &name )
  { return std::unique_ptr<QgsProcessingFeatureSource>( parameterAsSource( parameters, name, context ) ) != nullptr; };
  const bool wantsMiddle = resolves( MIDDLE_AREAS );
  const bool wantsCoarse = resolves( COARSE_AREAS );
  const QString reportPath = parameterAsFileOutput( parameters, OUTPUT_REPORT, context );
  const int steps = 4 + ( wantsMiddle ? 1 : 0 ) + ( wantsCoarse ? 1 : 0 ) + ( reportPath.isEmpty() ? 0 : 1 );
  StepFeedback stepFeedback( steps, feedback );
  int step = 0;

  QVariantMap profileParameters;
  profileParameters.insert( BuildProfileAlgorithm::INPUT, parameters.value( HOUSEHOLDS ) );
  profileParameters.insert( BuildProfileAlgorithm::SEED, parameters.value( SEED ) );
  profileParameters.insert( BuildProfileAlgorithm::BASE, parameters.value( BASE ) );
  profileParameters.insert( BuildProfileAlgorithm::FIELDS, parameters.value( FIELDS ) );
  profileParameters.insert( BuildProfileAlgorithm::DESCRIPTIVE_FIELDS, parameters.value( DESCRIPTIVE_FIELDS ) );
  profileParameters.insert( BuildProfileAlgorithm::BINS, parameters.value( BINS ) );
  profileParameters.insert( BuildProfileAlgorithm::MIN_CELL, parameters.value( MIN_CELL ) );
  profileParameters.insert( BuildProfileAlgorithm::OUTPUT_PROFILE, parameterAsFileOutput( parameters, OUTPUT_PROFILE, context ) );
  profileParameters.insert( BuildProfileAlgorithm::OUTPUT_TABLE, QgsProcessing::TEMPORARY_OUTPUT );
  const QVariantMap profileResults = runStep( BuildProfileAlgorithm(), profileParameters, context, stepFeedback, step++ );
  const QString profilePath = profileResults.value( BuildProfileAlgorithm::OUTPUT_PROFILE ).toString();

  QVariantMap scoreParameters;
  scoreParameters.insert( ScoreHouseholdsAlgorithm::INPUT, parameters.value( HOUSEHOLDS ) );
  scoreParameters.insert( ScoreHouseholdsAlgorithm::PROFILE, profilePath );
  scoreParameters.insert( ScoreHouseholdsAlgorithm::PREVALENCE, parameters.value( PREVALENCE ) );
  scoreParameters.insert( ScoreHouseholdsAlgorithm::PREVALENCE_AREAS, parameters.value( PREVALENCE_AREAS ) );
  scoreParameters.insert( ScoreHouseholdsAlgorithm::PREVALENCE_FIELD, parameters.value( PREVALENCE_FIELD ) );
  scoreParameters.insert( ScoreHouseholdsAlgorithm::OUTPUT, parameters.value( OUTPUT_HOUSEHOLDS ) );
  const QVariantMap scoreResults = runStep( ScoreHouseholdsAlgorithm(), scoreParameters, context, stepFeedback, step++ );
  const QVariant scoredHouseholds = scoreResults.value( ScoreHouseholdsAlgorithm::OUTPUT );

  // One pass over the households into the finest areas, unsuppressed, as the
  // sums every level is rolled up from; it stays a temporary layer.
  QVariantMap aggregateParameters;
  aggregateParameters.insert( AggregateAreasAlgorithm::INPUT, scoredHouseholds );
  aggregateParameters.insert( AggregateAreasAlgorithm::AREAS, parameters.value( AREAS ) );
  aggregateParameters.insert( AggregateAreasAlgorithm::MEMBER, parameters.value( MEMBER ) );
  aggregateParameters.insert( AggregateAreasAlgorithm::MIN_COUNT, 0 );
  aggregateParameters.insert( AggregateAreasAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  const QVariantMap aggregateResults = runStep( AggregateAreasAlgorithm(), aggregateParameters, context, stepFeedback, step++ );
  const QVariant unsuppressedFinest = aggregateResults.value( AggregateAreasAlgorithm::OUTPUT );

  auto rollUp = [&]( const QString &areasParameter, const QVariant &destination )
  {
    std::unique_ptr<QgsProcessingFeatureSource> coarse( parameterAsSource( parameters, areasParameter, context ) );
    if ( !coarse )
      throw QgsProcessingException( invalidSourceError( parameters, areasParameter ) );
    const RollupAreasAlgorithm::JoinMethod join = joinFor( coarse.get(), codeField );
    stepFeedback.pushInfo( QObject::tr( "%1 (%2): joined %3." ).arg( parameterDefinition( areasParameter )->description(), coarse->sourceName(), join == RollupAreasAlgorithm::JoinByCode ? QObject::tr( "by the code field %1" ).arg( codeField ) : QObject::tr( "spatially (point on surface of each finest area)" ) ) );
    QVariantMap rollupParameters;
    rollupParameters.insert( RollupAreasAlgorithm::INPUT, unsuppressedFinest );
    rollupParameters.insert( RollupAreasAlgorithm::AREAS, parameters.value( areasParameter ) );
    rollupParameters.insert( RollupAreasAlgorithm::JOIN_METHOD, static_cast<int>( join ) );
    if ( join == RollupAreasAlgorithm::JoinByCode )
    {
      rollupParameters.insert( RollupAreasAlgorithm::FINE_CODE_FIELD, codeField );
      rollupParameters.insert( RollupAreasAlgorithm::COARSE_CODE_FIELD, codeField );
    }
    rollupParameters.insert( RollupAreasAlgorithm::MIN_COUNT, minimumCount );
    rollupParameters.insert( RollupAreasAlgorithm::OUTPUT, destination );
    return runStep( RollupAreasAlgorithm(), rollupParameters, context, stepFeedback, step++ ).value( RollupAreasAlgorithm::OUTPUT );
  };

  // The finest level itself, suppressed: rolled up onto its own polygons.
  const QVariant finestAreas = rollUp( AREAS, parameters.value( OUTPUT_AREAS ) );
  QVariantMap outputs;
  outputs.insert( OUTPUT_AREAS, finestAreas );
  if ( wantsMiddle )
    outputs.insert( OUTPUT_MIDDLE_AREAS, rollUp( MIDDLE_AREAS, parameters.value( OUTPUT_MIDDLE_AREAS, QgsProcessing::TEMPORARY_OUTPUT ) ) );
  if ( wantsCoarse )
    outputs.insert( OUTPUT_COARSE_AREAS, rollUp( COARSE_AREAS, parameters.value( OUTPUT_COARSE_AREAS, QgsProcessing::TEMPORARY_OUTPUT ) ) );

  if ( !reportPath.isEmpty() )
  {
    QVariantMap reportParameters;
    reportParameters.insert( AreaReportAlgorithm::AREAS, finestAreas );
    reportParameters.insert( AreaReportAlgorithm::PROFILE, profilePath );
    reportParameters.insert( AreaReportAlgorithm::PREVALENCE, parameters.value( PREVALENCE ) );
    reportParameters.insert( AreaReportAlgorithm::MIN_COUNT, minimumCount );
    reportParameters.insert( AreaReportAlgorithm::OUTPUT_HTML, reportPath );
    const QVariantMap reportResults = runStep( AreaReportAlgorithm(), reportParameters, context, stepFeedback, step++ );
    outputs.insert( OUTPUT_REPORT, reportResults.value( AreaReportAlgorithm::OUTPUT_HTML ) );
  }

  outputs.insert( OUTPUT_PROFILE, profilePath );
  outputs.insert( OUTPUT_HOUSEHOLDS, scoredHouseholds );
  outputs.insert( SEED_COUNT, profileResults.value( BuildProfileAlgorithm::SEED_COUNT ) );
  outputs.insert( BASE_COUNT, profileResults.value( BuildProfileAlgorithm::BASE_COUNT ) );
  outputs.insert( EXPECTED_TOTAL, scoreResults.value( ScoreHouseholdsAlgorithm::EXPECTED_TOTAL ) );
  outputs.insert( MATCHED, aggregateResults.value( AggregateAreasAlgorithm::MATCHED ) );
  outputs.insert( UNMATCHED, aggregateResults.value( AggregateAreasAlgorithm::UNMATCHED ) );
  return outputs;
}

} // namespace targetgroup
