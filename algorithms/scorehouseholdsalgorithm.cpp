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
  auto profile = std::make_unique<QgsProcessingParameterFile>( PROFILE, QObject::tr( "Profile (.json written by Build profile)" ) );
  profile->setFileFilter( QObject::tr( "Target group profile (*.json *.JSON)" ) );
  addParameter( profile.release() );

  auto prevalence = std::make_unique<QgsProcessingParameterNumber>( PREVALENCE, QObject::tr( "Expected share of target-group households (0–1)" ),
                                                                    compat::NumberDouble, kDefaultPrevalence, false, 0.0, 1.0 );
  addParameter( prevalence.release() );

  addParameter( new QgsProcessingParameterEnum( METHOD, QObject::tr( "Method" ),
                                                QStringList() << QObject::tr( "Profile likelihood" ) << QObject::tr( "Central-profile similarity (for comparison)" )
                                                              << QObject::tr( "PU logistic model" ) << QObject::tr( "As the profile recommends" ),
                                                false, kMethodAsRecommended ) );

  addParameter( new QgsProcessingParameterFeatureSource( PREVALENCE_AREAS, QObject::tr( "Areas with a prevalence estimate" ),
                                                         QList<int>() << static_cast<int>( compat::SourceVectorPolygon ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterField( PREVALENCE_FIELD, QObject::tr( "Prevalence estimate field (share 0–1 or percentage)" ),
                                                 QVariant(), PREVALENCE_AREAS, compat::FieldNumeric, false, true ) );

  addParameter( new QgsProcessingParameterBoolean( FIT_SLOPE, QObject::tr( "Fit the slope to the area estimates (several areas)" ), true, true ) );
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

  const QString profilePath = parameterAsFile( parameters, PROFILE, context );
  if ( profilePath.isEmpty() )
    throw QgsProcessingException( QObject::tr( "No profile given: set PROFILE to a .json file written by Build profile." ) );
  mProfile = readProfileFile( profilePath );
  if ( std::none_of( mProfile.fields.begin(), mProfile.fields.end(), []( const engine::ProfileField &field )
                     { return field.usedForScoring; } ) )
    throw QgsProcessingException( QObject::tr( "The profile %1 has no scoring fields, only descriptive ones. Build it again with at least one field in FIELDS." ).arg( profilePath ) );
  const int methodChoice = parameterAsEnum( parameters, METHOD, context );
  if ( methodChoice == static_cast<int>( engine::ScoringMethod::PuLogistic ) && !mProfile.logisticModel.present )
    throw QgsProcessingException( QObject::tr( "METHOD 2 (PU logistic model) needs a profile that holds the model, and the profile %1 (format version %2) does not. "
                                               "Rebuild the profile with 'Build target group profile', or choose METHOD 0 or 3." )
                                      .arg( profilePath )
                                      .arg( mProfile.formatVersion ) );
  mMethod = resolveMethod( methodChoice, mProfile );
  mFitSlope = parameterAsBool( parameters, FIT_SLOPE, context );
  mPrevalence = parameterAsDouble( parameters, PREVALENCE, context );
  if ( !( mPrevalence >= 0.0 && mPrevalence <= 1.0 ) )
    throw QgsProcessingException( QObject::tr( "PREVALENCE is %1; it must be a share between 0 and 1 (e.g. 0.10 for 10%)." ).arg( mPrevalence ) );
  mProfilePath = profilePath;
  startSession( {} );

  const QgsFields inputFields = households->fields();
  schema::checkNoFieldClash( inputFields, schema::householdScoreFields(), QObject::tr( "INPUT" ) );

  mInputFieldIndexes.clear();
  mNumericSources.clear();
  QStringList missing;
  for ( const engine::ProfileField *field : mSession->fields() )
  {
    const QString name = QString::fromStdString( field->name );
    const int index = inputFields.lookupField( name );
    if ( index < 0 )
      missing << name;
    mInputFieldIndexes << index;
    mNumericSources << field->numericSource;
  }
  if ( !missing.isEmpty() )
    throw QgsProcessingException( QObject::tr( "INPUT has no field %1, which the profile scores on. Score a layer with the fields "
                                               "the profile was built from (same names), or build the profile without them." )
                                      .arg( missing.join( QLatin1String( ", " ) ) ) );
  checkProfileMatchesLayer( mProfile, profilePath, inputFields, QObject::tr( "INPUT" ) );

  std::unique_ptr<QgsProcessingFeatureSource> areas( parameterAsSource( parameters, PREVALENCE_AREAS, context ) );
  mUseAreas = static_cast<bool>( areas );
  if ( mUseAreas )
  {
    const QString fieldName = parameterAsString( parameters, PREVALENCE_FIELD, context );
    if ( fieldName.isEmpty() )
      throw QgsProcessingException( QObject::tr( "PREVALENCE_AREAS is set but PREVALENCE_FIELD is not: choose the field of the areas "
                                                 "that holds the estimated share." ) );
    const int fieldIndex = areas->fields().lookupField( fieldName );
    if ( fieldIndex < 0 )
      throw QgsProcessingException( QObject::tr( "PREVALENCE_AREAS has no field “%1” (PREVALENCE_FIELD). Choose one of its fields." ).arg( fieldName ) );
    if ( !compat::isNumericField( areas->fields().at( fieldIndex ) ) )
      throw QgsProcessingException( QObject::tr( "PREVALENCE_FIELD “%1” is not numeric (it is %2). Convert it to a decimal field, "
                                                 "e.g. with the field calculator (to_real(\"%1\"))." )
                                        .arg( fieldName, areas->fields().at( fieldIndex ).typeName() ) );
  }
  return true;
}

void ScoreHouseholdsAlgorithm::loadPrevalenceAreas( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                                                    const QgsFeatureSource &households )
{
  std::unique_ptr<QgsProcessingFeatureSource> areas( parameterAsSource( parameters, PREVALENCE_AREAS, context ) );
  if ( !areas )
    throw QgsProcessingException( invalidSourceError( parameters, PREVALENCE_AREAS ) );
  const QString fieldName = parameterAsString( parameters, PREVALENCE_FIELD, context );
  const int fieldIndex = areas->fields().lookupField( fieldName );
  checkPolygonLayer( *areas, PREVALENCE_AREAS );
  if ( households.wkbType() != compat::WkbNoGeometry )
    checkComparableCrs( households, QObject::tr( "INPUT" ), *areas, PREVALENCE_AREAS, feedback );
  const QgsCoordinateReferenceSystem householdCrs = households.sourceCrs();

  QgsFeatureRequest request;
  request.setSubsetOfAttributes( QgsAttributeList() << fieldIndex );
  if ( householdCrs.isValid() )
    request.setDestinationCrs( householdCrs, context.transformContext() );

  // The same area index as "Aggregate households to areas" (same geometry
  // repair, same rule for where a household is, same tie rule: the lowest
  // feature id), so a household is calibrated in the area it is counted in.
  AreaIndex areaIndex;
  QMap<QgsFeatureId, double> valueById; // by feature id: messages name the same areas every run
  QgsFeature area;
  QgsFeatureIterator iterator = areas->getFeatures( request );
  while ( iterator.nextFeature( area ) )
  {
    if ( feedback->isCanceled() )
      return;
    const QVariant value = area.attribute( fieldIndex );
    bool ok = false;
    const double number = value.isNull() ? 0.0 : value.toDouble( &ok );
    if ( !ok )
      throw QgsProcessingException( QObject::tr( "Area feature %1 of PREVALENCE_AREAS has no usable value in “%2” (%3). Fill in its "
                                                 "estimate or filter the area out." )
                                        .arg( area.id() )
                                        .arg( fieldName, value.isNull() ? QStringLiteral( "NULL" ) : value.toString() ) );
    if ( !( number >= 0.0 && number <= 100.0 ) )
      throw QgsProcessingException( QObject::tr( "Area feature %1 of PREVALENCE_AREAS has %2 = %3, outside 0–1 (share) and 0–100 "
                                                 "(percentage). Correct the estimate." )
                                        .arg( QString::number( area.id() ), fieldName, QString::number( number ) ) );
    valueById.insert( area.id(), number );
    areaIndex.addArea( area );
  }
  areaIndex.build();
  areaIndex.reportProblems( feedback, PREVALENCE_AREAS );

  // Shares (0–1) or percentages (0–100), never a mix: one 1.5 among shares
  // would otherwise turn every share into a percentage, silently.
  const bool percentages = std::any_of( valueById.constBegin(), valueById.constEnd(), []( double value )
                                        { return value > 1.0; } );
  if ( percentages )
  {
    for ( auto it = valueById.constBegin(); it != valueById.constEnd(); ++it )
    {
      if ( it.value() > 0.0 && it.value() < 1.0 )
      {
        const auto above = std::find_if( valueById.constBegin(), valueById.constEnd(), []( double value )
                                         { return value > 1.0; } );
        throw QgsProcessingException( QObject::tr( "PREVALENCE_FIELD “%1” mixes scales: area feature %2 has %3 (a share?) and area feature %4 has %5 (a percentage?). "
                                                   "Put every estimate on one scale, shares 0–1 or percentages 0–100, e.g. with the field calculator." )
                                          .arg( fieldName, QString::number( it.key() ), QString::number( it.value() ), QString::number( above.key() ), QString::number( above.value() ) ) );
      }
    }
    feedback->pushInfo( QObject::tr( "%1 has values above 1: read as percentages (divided by 100)." ).arg( fieldName ) );
  }
  mPrevalences.clear();
  for ( int index = 0; index < areaIndex.areaCount(); ++index )
  {
    const double value = valueById.value( areaIndex.featureId( index ) );
    mPrevalences.push_back( percentages ? value / 100.0 : value );
  }
  mAreaIndex = std::move( areaIndex );
}

engine::ScoringMethod ScoreHouseholdsAlgorithm::resolveMethod( int choice, const engine::Profile &profile )
{
  if ( choice != kMethodAsRecommended )
    return static_cast<engine::ScoringMethod>( choice );
  if ( profile.selfAssessment.folds > 0 && ( profile.selfAssessment.recommended != engine::ScoringMethod::PuLogistic || profile.logisticModel.present ) )
    return profile.selfAssessment.recommended;
  return engine::ScoringMethod::ProfileLikelihood;
}

int ScoreHouseholdsAlgorithm::calibrationGroupOf( const QgsFeature &household ) const
{
  if ( !mUseAreas )
    return engine::ScoringSession::kOutsideEveryGroup;
  const int area = mAreaIndex.locate( householdLocation( household.geometry() ) ).area;
  return area >= 0 ? area : engine::ScoringSession::kOutsideEveryGroup;
}

std::vector<engine::FieldValue> ScoreHouseholdsAlgorithm::householdValues( const QgsAttributes &attributes ) const
{
  return toFieldValues( attributes, mInputFieldIndexes, mNumericSources );
}

void ScoreHouseholdsAlgorithm::startSession( const std::vector<double> &areaPrevalences )
{
  try
  {
    if ( mUseAreas )
    {
      mSession = std::make_unique<engine::ScoringSession>( mProfile, mMethod, areaPrevalences, mPrevalence );
      mSession->setSlopeCalibration( mFitSlope );
    }
    else
      mSession = std::make_unique<engine::ScoringSession>( mProfile, mMethod, mPrevalence );
  }
  catch ( const engine::ScoringSessionError &error )
  {
    throw QgsProcessingException( sessionErrorMessage( error ) );
  }
}

QString ScoreHouseholdsAlgorithm::sessionErrorMessage( const engine::ScoringSessionError &error ) const
{
  using Reason = engine::ScoringSessionError::Reason;
  switch ( error.reason() )
  {
  case Reason::ProfileCannotScore:
    return QObject::tr( "The profile %1 cannot score households: %2. Build it again with at least one scoring field and a non-empty seed." )
        .arg( mProfilePath, QString::fromStdString( error.what() ) );
  case Reason::InvalidPrevalence:
    return QObject::tr( "A prevalence of %1 cannot be calibrated to; it must be a share between 0 and 1." ).arg( error.value() );
  case Reason::InputChanged:
    return QObject::tr( "The second pass read %1 households, the first %2: INPUT changed while it was scored. Run the algorithm again when the layer is not being edited." )
        .arg( error.count() )
        .arg( error.limit() );
  case Reason::UnknownGroup:
  case Reason::Usage:
    break;
  }
  return QObject::tr( "Internal error: %1. Please report this." ).arg( QString::fromStdString( error.what() ) );
}

void ScoreHouseholdsAlgorithm::recordUnseen( const QgsAttributes &attributes, const std::vector<int> &unseenFields, QgsProcessingFeedback *feedback )
{
  for ( const int field : unseenFields )
  {
    const engine::ProfileField &profileField = *mSession->fields()[field];
    const QVariant value = attributes.value( mInputFieldIndexes.at( field ) );
    const QString shown = toFieldValue( value, profileField.numericSource ).isMissing() ? QStringLiteral( "NULL" ) : value.toString();
    const QString key = QString::fromStdString( profileField.name ) + QChar( 0x1f ) + shown;
    if ( mWarnedUnseen.contains( key ) )
      continue;
    if ( mWarnedUnseen.size() >= kMaxUnseenWarnings )
    {
      ++mUnseenNotListed;
      continue;
    }
    mWarnedUnseen.insert( key );
    feedback->pushWarning( QObject::tr( "Field “%1”: value “%2” does not occur in the profile; scored as neutral." )
                               .arg( QString::fromStdString( profileField.name ), shown ) );
  }
}

QVariantMap ScoreHouseholdsAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  // Pass 1: scores into one histogram per calibration group.
  std::unique_ptr<QgsProcessingFeatureSource> households( parameterAsSource( parameters, INPUT, context ) );
  if ( !households )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );
  if ( mUseAreas )
  {
    if ( households->wkbType() == compat::WkbNoGeometry )
      feedback->pushWarning( QObject::tr( "INPUT has no geometry: PREVALENCE_AREAS cannot apply, every household uses PREVALENCE." ) );
    loadPrevalenceAreas( parameters, context, feedback, *households );
  }
  startSession( mPrevalences );

  QgsFeatureRequest scoreRequest;
  scoreRequest.setSubsetOfAttributes( mInputFieldIndexes );
  if ( !mUseAreas )
    scoreRequest.setFlags( compat::RequestNoGeometry );
  const long long total = households->featureCount();
  double step = total > 0 ? 50.0 / total : 1;
  long long current = 0;
  std::vector<int> unseenFields;
  std::vector<long long> nonFiniteCounts( static_cast<std::size_t>( mInputFieldIndexes.size() ), 0 );
  QgsFeature household;
  QgsFeatureIterator iterator = households->getFeatures( scoreRequest );
  while ( iterator.nextFeature( household ) )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    unseenFields.clear();
    mSession->addHousehold( toFieldValues( household.attributes(), mInputFieldIndexes, mNumericSources, &nonFiniteCounts ), calibrationGroupOf( household ), &unseenFields );
    if ( !unseenFields.empty() )
      recordUnseen( household.attributes(), unseenFields, feedback );
    feedback->setProgress( static_cast<double>( current++ ) * step );
  }
  if ( mUnseenNotListed > 0 )
    feedback->pushWarning( QObject::tr( "%n more value(s) absent from the profile, not listed above.", nullptr, static_cast<int>( std::min<long long>( mUnseenNotListed, INT_MAX ) ) ) );

  QStringList fieldNames;
  for ( const engine::ProfileField *field : mSession->fields() )
    fieldNames << QString::fromStdString( field->name );
  warnAboutNonFiniteValues( feedback, fieldNames, nonFiniteCounts, QObject::tr( "INPUT" ) );

  // Calibration per group; the reference cut over all groups.
  feedback->pushInfo( mMethod == engine::ScoringMethod::PuLogistic          ? QObject::tr( "Scoring method: PU logistic model." )
                      : mMethod == engine::ScoringMethod::ProfileLikelihood ? QObject::tr( "Scoring method: profile likelihood." )
                                                                            : QObject::tr( "Scoring method: central-profile similarity." ) );
  mSession->finishCalibration();
  mCalibrated = true;
  if ( mUseAreas )
  {
    const long long outside = mSession->householdsOutsideEveryGroup();
    feedback->pushInfo( QObject::tr( "%1 households lie in a PREVALENCE_AREAS area; %2 lie outside every area or have no geometry and use PREVALENCE = %3." )
                            .arg( mSession->households() - outside )
                            .arg( outside )
                            .arg( mPrevalence ) );
    const engine::SlopeFit &slope = mSession->slopeFit();
    if ( !mFitSlope )
      feedback->pushInfo( QObject::tr( "Slope calibration is off (FIT_SLOPE): s = 1, one intercept per area." ) );
    else if ( slope.groups < 2 || slope.slope == 1.0 )
      feedback->pushInfo( QObject::tr( "Slope calibration: s = 1; %n area(s) with an estimate strictly between 0 and 1 and households, too few or too alike to estimate a slope from.", nullptr, slope.groups ) );
    else
      feedback->pushInfo( QObject::tr( "Slope calibration: s = %1 (tg_prob = logistic(b + s × score)), fitted on %2 areas. The areas' intercepts b spread "
                                       "with standard deviation %3 at s = 1 and %4 at s = %1; each area's total still matches its estimate exactly." )
                              .arg( QString::number( slope.slope, 'f', 3 ) )
                              .arg( slope.groups )
                              .arg( QString::number( slope.interceptSpreadAtOne, 'f', 3 ), QString::number( slope.interceptSpread, 'f', 3 ) ) );
  }

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
    outputRequest.setSubsetOfAttributes( mInputFieldIndexes );
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
    throw QgsProcessingException( sessionErrorMessage( error ) );
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
    return mSession->scoreHousehold( householdValues( household.attributes() ), calibrationGroupOf( household ) );
  }
  catch ( const engine::ScoringSessionError &error )
  {
    throw QgsProcessingException( sessionErrorMessage( error ) );
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
