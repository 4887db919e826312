#include "scorehouseholdsalgorithm.h"

#include "common/arealayer.h"
#include "common/fieldvalues.h"
#include "common/layerstyles.h"
#include "common/outputschema.h"
#include "common/parametercheck.h"
#include "common/profilefile.h"
#include "common/profilevalidator.h"
#include "common/qgiscompat.h"
#include "engine/scoringsession.h"

#include <qgsfeaturerequest.h>

#include <QMap>
#include <qgsgeometry.h>
#include <qgspoint.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace targetgroup
{

QStringList ScoreHouseholdsAlgorithm::tags() const
{
  return QObject::tr( "target group,score,probability,calibration,reference group,lookalike,literacy,profile" ).split( QLatin1Char( ',' ) );
}

QString ScoreHouseholdsAlgorithm::shortDescription() const
{
  return QObject::tr( "Gives every household a calibrated probability of belonging to the target group, using a profile." );
}

QString ScoreHouseholdsAlgorithm::shortHelpString() const
{
  return withNumberRanges( QObject::tr(
                               "Gives every household a calibrated probability of belonging to the target group, using the profile in "
                               "<i>Profile (.json written by Build profile)</i> (PROFILE), written by “Build profile”. Every input field and geometry is kept; three fields are added:\n"
                               "• tg_prob: the probability (0–1). Over the scored households Σ tg_prob = p × N, with p the "
                               "<i>Expected share of target-group households (0–1)</i> (PREVALENCE) and N the number of scored households.\n"
                               "• tg_index: 100 × tg_prob / the average tg_prob of the scored households (100 = average household).\n"
                               "• tg_ref: 1 for the reference group: the round(p × N) households with the highest tg_prob (with area "
                               "estimates: round(Σ tg_prob)). Ties at the cut-off are taken in reading order, which is ascending feature id for "
                               "GeoPackage and memory layers; the result does not depend on anything else.\n"
                               "If <i>Input layer</i> (INPUT) already has a field tg_prob, tg_index or tg_ref the algorithm stops with an error: remove or rename that "
                               "field first.\n\n"
                               "<i>Method</i> (METHOD)\n"
                               "0 Profile likelihood: score = Σ over the profile's scoring fields of weight × ln LR, where LR is the "
                               "likelihood ratio seed/base of the household's category, shrunk toward 1 where cells are small: (seed count + k) / "
                               "(expected seed count + k), k the profile's prior strength. The weight of a field is less than 1 when it is "
                               "correlated with other scoring fields (from the profile), so a characteristic is not counted twice.\n"
                               "1 Central-profile similarity (for comparison, the approach Whize describes): the seed centroid is per field the "
                               "share of seed households in each category; a household's similarity is the sum over fields of the seed share of "
                               "its category, centred on the base average. It ignores how common a category is in the base. It is made a logit "
                               "by the slope (seed mean − base mean) / base variance of the similarity (a linear discriminant), computed from the "
                               "profile's counts treating the fields as independent. Field weights are not used.\n"
                               "2 PU logistic model (profiles of format version 2): score = Σ of the model's coefficient of the household's "
                               "category in each scoring field: a logistic regression of seed against the other base households on all fields "
                               "at once, so correlated fields need no weights (see Build profile).\n"
                               "3 As the profile recommends (default): the method that ranked held-out seed households better in the profile's "
                               "self-assessment (0 or 2; see the profile report); the profile likelihood for a profile of format version 1, "
                               "which has no self-assessment. The log names the method used.\n"
                               "All: a value the profile never met (and NULL when the base had none) scores neutral (0); it is counted in "
                               "UNSEEN_VALUES and the first %1 distinct field/value pairs are named in the log. Values are read exactly as Build "
                               "profile read them; values it merged into “(other)” score as “(other)”.\n\n"
                               "Calibration: tg_prob = 1 / (1 + exp(−(b + score))), with scores rounded to 0.0001 and the intercept b solved so "
                               "that Σ tg_prob equals p × N (to about 1e-9). p = 0 and p = 1 give exactly 0 and 1.\n\n"
                               "<i>Expected share of target-group households (0–1)</i>: the expected share of target-group households among the scored households (0–1). The default 0.10 "
                               "comes from PIAAC 2023 (OECD Survey of Adult Skills): 15.9% of Dutch 16–65-year-olds are low-literate and about "
                               "two thirds of them have Dutch as first language, so about 10.6% of adults are the target group (NT1); as a share "
                               "of households we use 0.10. Municipal estimates average about 12% and range from about 1% to 32%: use the local "
                               "figure when you have it.\n\n"
                               "<i>Areas with a prevalence estimate</i> (PREVALENCE_AREAS) and <i>Prevalence estimate field (share 0–1 or percentage)</i> "
                               "(PREVALENCE_FIELD), optional: polygons with an estimated share per area, e.g. per gemeente. "
                               "Each area is calibrated separately, so the expected count within it equals its estimate × its households. The "
                               "field holds shares (0–1); if any value is above 1 the whole field is read as percentages (0–100). A NULL or a "
                               "value outside 0–100 is an error naming the area. A household belongs to the area it lies in by the same rule as "
                               "“Aggregate households to areas”, so it is calibrated in the area it is counted in: a household is at its point (a "
                               "multipoint or other geometry at its point on surface); on the boundary counts as in; in several overlapping areas: "
                               "the one with the lowest feature id. Households outside every area or without geometry are calibrated together with "
                               "<i>Expected share of target-group households (0–1)</i>.\n"
                               "<i>Fit the slope to the area estimates (several areas)</i> (FIT_SLOPE, default on): with two or more areas, tg_prob = "
                               "logistic(b + s × score), with s fitted from the areas' estimates: the s that leaves the least for the per-area "
                               "intercepts b to do (least squares on the intercepts' deviation from their households-weighted mean), searched from "
                               "0.25 to 4. Each area's total still matches its estimate exactly through its own b. Scores tend to be compressed "
                               "(they separate areas less than reality does); s > 1 stretches them, also within each area. The log reports s and "
                               "how much the intercepts spread with and without it; the result SLOPE holds s. With a single prevalence s = 1: one "
                               "total says how many, not how steeply the probability rises with the score, so the slope cannot be estimated.\n\n"
                               "<i>Slim output: the household's feature id and the tg_* fields only</i> (SLIM, default off): the output holds each household's "
                               "point, hh_fid (its feature id in <i>Input layer</i>) and tg_prob, tg_index, tg_ref, instead of every input attribute; "
                               "it is written faster and is much smaller. Join it back to the households with \"Join attributes by field value\" "
                               "(input: the households, field: an expression-free key such as the GeoPackage's fid, or a field holding the feature id; "
                               "join layer: the slim output, field hh_fid), or keep both in one GeoPackage and join in a view. The feature id is the "
                               "one QGIS reports for the input (for a GeoPackage its fid column); it is stable only as long as the input is not rewritten.\n\n"
                               "Selected features only is supported. In-place editing is not: QGIS's in-place mode cannot add fields and skips "
                               "the calibration pass.\n\n"
                               "Results: EXPECTED_TOTAL (Σ tg_prob), REFERENCE_COUNT, UNSEEN_VALUES, SLOPE. Memory does not grow with the number of "
                               "households (two passes over <i>Input layer</i>)." )
                               .arg( kMaxUnseenWarnings ),
                           *this );
}

bool ScoreHouseholdsAlgorithm::supportInPlaceEdit( const QgsMapLayer * ) const
{
  return false;
}

QList<int> ScoreHouseholdsAlgorithm::inputLayerTypes() const
{
  // Households may be a table without geometry (then PREVALENCE_AREAS cannot apply).
  return QList<int>() << static_cast<int>( compat::SourceVector );
}

void ScoreHouseholdsAlgorithm::initParameters( const QVariantMap & )
{
  for ( std::unique_ptr<QgsProcessingParameterDefinition> &definition : householdScoringParameters( false ) )
    addParameter( definition.release() );
  addParameter( new QgsProcessingParameterBoolean( SLIM, QObject::tr( "Slim output: the household's feature id and the tg_* fields only" ), false, true ) );

  addOutput( new QgsProcessingOutputNumber( EXPECTED_TOTAL, QObject::tr( "Expected target-group households (Σ tg_prob)" ) ) );
  addOutput( new QgsProcessingOutputNumber( REFERENCE_COUNT, QObject::tr( "Households in the reference group" ) ) );
  addOutput( new QgsProcessingOutputNumber( UNSEEN_VALUES, QObject::tr( "Values absent from the profile (scored neutral)" ) ) );
  addOutput( new QgsProcessingOutputNumber( SLOPE, QObject::tr( "Calibration slope s (1 without slope calibration)" ) ) );
}

QgsFields ScoreHouseholdsAlgorithm::outputFields( const QgsFields &inputFields ) const
{
  QgsFields fields = inputFields;
  const QgsFields added = schema::householdScoreQgsFields();
  for ( const QgsField &field : added )
    fields.append( field );
  return fields;
}

bool ScoreHouseholdsAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback * )
{
  checkParameters( *this, parameters, context );
  std::unique_ptr<QgsProcessingFeatureSource> households( parameterAsSource( parameters, INPUT, context ) );
  if ( !households )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );

  mSetup.readProfile( *this, parameters, context );
  mSession.reset();
  mCalibrated = false;
  const QgsFields inputFields = households->fields();
  schema::checkNoFieldClash( inputFields, schema::householdScoreFields(), QObject::tr( "INPUT" ) );
  mSetup.matchInputFields( inputFields );
  mSetup.checkPrevalenceParameters( *this, parameters, context );
  return true;
}

QVariantMap ScoreHouseholdsAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  // Pass 1: scores into one histogram per calibration group.
  std::unique_ptr<QgsProcessingFeatureSource> households( parameterAsSource( parameters, INPUT, context ) );
  if ( !households )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );
  if ( !mSetup.loadPrevalenceAreas( *this, parameters, context, feedback, *households ) )
    return QVariantMap();
  mSession = mSetup.makeSession();

  QgsFeatureRequest scoreRequest;
  scoreRequest.setSubsetOfAttributes( mSetup.inputFieldIndexes() );
  if ( !mSetup.usesAreas() )
    scoreRequest.setFlags( compat::RequestNoGeometry );
  const long long total = households->featureCount();
  double step = total > 0 ? 50.0 / total : 1;
  long long current = 0;
  std::vector<int> unseenFields;
  std::vector<long long> nonFiniteCounts( static_cast<std::size_t>( mSetup.inputFieldIndexes().size() ), 0 );
  QgsFeature household;
  QgsFeatureIterator iterator = households->getFeatures( scoreRequest );
  while ( iterator.nextFeature( household ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    unseenFields.clear();
    mSession->addHousehold( mSetup.householdValues( household.attributes(), &nonFiniteCounts ), mSetup.calibrationGroupOf( household ), &unseenFields );
    if ( !unseenFields.empty() )
      mSetup.recordUnseen( household.attributes(), unseenFields, feedback );
    feedback->setProgress( static_cast<double>( current++ ) * step );
  }
  mSetup.reportUnseenNotListed( feedback );
  warnAboutNonFiniteValues( feedback, mSetup.fieldNames(), nonFiniteCounts, QObject::tr( "INPUT" ) );

  // Calibration per group; the reference cut over all groups.
  mSetup.reportMethod( feedback );
  mSession->finishCalibration();
  mCalibrated = true;
  mSetup.reportAreaCalibration( feedback, mSession->households(), mSession->householdsOutsideEveryGroup(), mSession->slopeFit() );

  // Pass 2: the output. Every input attribute plus the tg_* fields, or
  // (SLIM) the feature id plus the tg_* fields: then only the scoring fields
  // are read, and each output feature is built once, without copying the input's.
  const bool slim = parameterAsBool( parameters, SLIM, context );
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, INPUT, context ) );
  const QgsFields fields = slim ? schema::slimHouseholdQgsFields() : outputFields( source->fields() );
  QString destination;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destination, fields,
                                                         outputWkbType( source->wkbType() ), outputCrs( source->sourceCrs() ), sinkFlags() ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  current = 0;
  QgsFeatureRequest outputRequest = request();
  if ( slim )
    outputRequest.setSubsetOfAttributes( mSetup.inputFieldIndexes() );
  QgsFeatureIterator outputIterator = source->getFeatures( outputRequest, sourceFlags() );
  QgsFeature slimHousehold( fields );
  while ( outputIterator.nextFeature( household ) )
  {
    if ( feedback->isCanceled() )
      break;
    bool written = true;
    if ( slim )
    {
      const engine::ScoredHousehold scored = scoreOne( household );
      slimHousehold.setGeometry( household.geometry() );
      QgsAttributes attributes;
      attributes << QVariant( static_cast<qlonglong>( household.id() ) ) << scored.probability << scored.index << ( scored.inReferenceGroup ? 1 : 0 );
      slimHousehold.setAttributes( attributes );
      written = sink->addFeature( slimHousehold, QgsFeatureSink::FastInsert );
    }
    else
    {
      context.expressionContext().setFeature( household );
      QgsFeatureList scored = processFeature( household, context, feedback );
      written = sink->addFeatures( scored, QgsFeatureSink::FastInsert );
    }
    if ( !written )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
    if ( ( current & 1023 ) == 0 )
      feedback->setProgress( 50.0 + static_cast<double>( current ) * step );
    ++current;
  }

  if ( feedback->isCanceled() )
    return QVariantMap();
  try
  {
    mSession->finishScoring();
  }
  catch ( const engine::ScoringSessionError &error )
  {
    throw QgsProcessingException( mSetup.sessionErrorMessage( error ) );
  }
  feedback->pushInfo( QObject::tr( "Σ tg_prob = %1 (target %2); reference group %3 households; %4 value(s) absent from the profile." )
                          .arg( mSession->writtenExpectedTotal(), 0, 'f', 4 )
                          .arg( mSession->expectedTotal(), 0, 'f', 4 )
                          .arg( mSession->referenceCount() )
                          .arg( mSession->unseenValues() ) );
  sink.reset(); // close the file so its default style can be stored with it
  styles::styleOutput( destination, styles::OutputKind::Households, -1, context, feedback );

  QVariantMap results;
  results.insert( OUTPUT, destination );
  results.insert( EXPECTED_TOTAL, mSession->writtenExpectedTotal() );
  results.insert( REFERENCE_COUNT, mSession->referenceCount() );
  results.insert( UNSEEN_VALUES, mSession->unseenValues() );
  results.insert( SLOPE, mSession->slopeFit().slope );
  return results;
}

engine::ScoredHousehold ScoreHouseholdsAlgorithm::scoreOne( const QgsFeature &household )
{
  try
  {
    return mSession->scoreHousehold( mSetup.householdValues( household.attributes() ), mSetup.calibrationGroupOf( household ) );
  }
  catch ( const engine::ScoringSessionError &error )
  {
    throw QgsProcessingException( mSetup.sessionErrorMessage( error ) );
  }
}

QgsFeatureList ScoreHouseholdsAlgorithm::processFeature( const QgsFeature &feature, QgsProcessingContext &, QgsProcessingFeedback * )
{
  if ( !mSession || !mCalibrated )
    throw QgsProcessingException( QObject::tr( "Score households needs its calibration pass over all households first; it cannot "
                                               "score features one at a time (e.g. in-place editing)." ) );
  const engine::ScoredHousehold scored = scoreOne( feature );
  QgsFeature output = feature;
  QgsAttributes attributes = feature.attributes();
  attributes << scored.probability << scored.index << ( scored.inReferenceGroup ? 1 : 0 );
  output.setAttributes( attributes );
  return QgsFeatureList() << output;
}

} // namespace targetgroup
