#include "householdscoring.h"

#include "common/fieldvalues.h"
#include "common/profilefile.h"
#include "common/profilevalidator.h"
#include "common/qgiscompat.h"

#include <qgsfeaturerequest.h>
#include <qgsfeaturesource.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#include <QMap>

#include <algorithm>
#include <climits>
#include <utility>

namespace targetgroup
{

using namespace scoringparameters;

namespace
{

//! QgsProcessingAlgorithm's error texts (protected there) for the set-up.
struct ErrorText : QgsProcessingAlgorithm
{
  using QgsProcessingAlgorithm::invalidSourceError;
};

const QgsProcessingParameterDefinition *definition( const QgsProcessingAlgorithm &algorithm, const QString &name )
{
  const QgsProcessingParameterDefinition *found = algorithm.parameterDefinition( name );
  if ( !found )
    throw QgsProcessingException( QObject::tr( "Internal error: %1 has no %2 parameter. Please report this." ).arg( algorithm.id(), name ) );
  return found;
}

} // namespace

std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> householdScoringParameters( bool profileOptional )
{
  std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> definitions;
  auto profile = std::make_unique<QgsProcessingParameterFile>( PROFILE, QObject::tr( "Profile (.json written by Build profile)" ) );
  if ( profileOptional )
    profile->setFlags( profile->flags() | compat::ParameterOptional );
  profile->setFileFilter( QObject::tr( "Target group profile (*.json *.JSON)" ) );
  definitions.push_back( std::move( profile ) );

  definitions.push_back( std::make_unique<QgsProcessingParameterNumber>( PREVALENCE, QObject::tr( "Expected share of target-group households (0–1)" ),
                                                                         compat::NumberDouble, HouseholdScoringSetup::kDefaultPrevalence, profileOptional, 0.0, 1.0 ) );
  definitions.push_back( std::make_unique<QgsProcessingParameterEnum>( METHOD, QObject::tr( "Method" ),
                                                                       QStringList() << QObject::tr( "Profile likelihood" ) << QObject::tr( "Central-profile similarity (for comparison)" )
                                                                                     << QObject::tr( "PU logistic model" ) << QObject::tr( "As the profile recommends" ),
                                                                       false, HouseholdScoringSetup::kMethodAsRecommended, profileOptional ) );
  definitions.push_back( std::make_unique<QgsProcessingParameterFeatureSource>( PREVALENCE_AREAS, QObject::tr( "Areas with a prevalence estimate" ),
                                                                                QList<int>() << static_cast<int>( compat::SourceVectorPolygon ), QVariant(), true ) );
  definitions.push_back( std::make_unique<QgsProcessingParameterField>( PREVALENCE_FIELD, QObject::tr( "Prevalence estimate field (share 0–1 or percentage)" ),
                                                                        QVariant(), PREVALENCE_AREAS, compat::FieldNumeric, false, true ) );
  definitions.push_back( std::make_unique<QgsProcessingParameterBoolean>( FIT_SLOPE, QObject::tr( "Fit the slope to the area estimates (several areas)" ), true, true ) );
  return definitions;
}

engine::ScoringMethod HouseholdScoringSetup::resolveMethod( int choice, const engine::Profile &profile )
{
  if ( choice != kMethodAsRecommended )
    return static_cast<engine::ScoringMethod>( choice );
  if ( profile.selfAssessment.folds > 0 && ( profile.selfAssessment.recommended != engine::ScoringMethod::PuLogistic || profile.logisticModel.present ) )
    return profile.selfAssessment.recommended;
  return engine::ScoringMethod::ProfileLikelihood;
}

bool HouseholdScoringSetup::profileGiven( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  return !QgsProcessingParameters::parameterAsFile( definition( algorithm, PROFILE ), parameters, context ).isEmpty();
}

void HouseholdScoringSetup::readProfile( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  const QString profilePath = QgsProcessingParameters::parameterAsFile( definition( algorithm, PROFILE ), parameters, context );
  if ( profilePath.isEmpty() )
    throw QgsProcessingException( QObject::tr( "No profile given: set PROFILE to a .json file written by Build profile." ) );
  mProfile = readProfileFile( profilePath );
  if ( std::none_of( mProfile.fields.begin(), mProfile.fields.end(), []( const engine::ProfileField &field )
                     { return field.usedForScoring; } ) )
    throw QgsProcessingException( QObject::tr( "The profile %1 has no scoring fields, only descriptive ones. Build it again with at least one field in FIELDS." ).arg( profilePath ) );
  const int methodChoice = QgsProcessingParameters::parameterAsEnum( definition( algorithm, METHOD ), parameters, context );
  if ( methodChoice == static_cast<int>( engine::ScoringMethod::PuLogistic ) && !mProfile.logisticModel.present )
    throw QgsProcessingException( QObject::tr( "METHOD 2 (PU logistic model) needs a profile that holds the model, and the profile %1 (format version %2) does not. "
                                               "Rebuild the profile with 'Build target group profile', or choose METHOD 0 or 3." )
                                      .arg( profilePath )
                                      .arg( mProfile.formatVersion ) );
  mMethod = resolveMethod( methodChoice, mProfile );
  mFitSlope = QgsProcessingParameters::parameterAsBool( definition( algorithm, FIT_SLOPE ), parameters, context );
  mPrevalence = QgsProcessingParameters::parameterAsDouble( definition( algorithm, PREVALENCE ), parameters, context );
  if ( !( mPrevalence >= 0.0 && mPrevalence <= 1.0 ) )
    throw QgsProcessingException( QObject::tr( "PREVALENCE is %1; it must be a share between 0 and 1 (e.g. 0.10 for 10%)." ).arg( mPrevalence ) );
  mProfilePath = profilePath;
  mUseAreas = false;
  mPrevalences.clear();
  mWarnedUnseen.clear();
  mUnseenNotListed = 0;

  // The scoring fields in the session's order (and the session's own checks of the profile).
  const std::unique_ptr<engine::ScoringSession> session = makeSession();
  mFieldNames.clear();
  mNumericSources.clear();
  for ( const engine::ProfileField *field : session->fields() )
  {
    mFieldNames << QString::fromStdString( field->name );
    mNumericSources << field->numericSource;
  }
}

void HouseholdScoringSetup::matchInputFields( const QgsFields &inputFields )
{
  mInputFieldIndexes.clear();
  QStringList missing;
  for ( const QString &name : std::as_const( mFieldNames ) )
  {
    const int index = inputFields.lookupField( name );
    if ( index < 0 )
      missing << name;
    mInputFieldIndexes << index;
  }
  if ( !missing.isEmpty() )
    throw QgsProcessingException( QObject::tr( "INPUT has no field %1, which the profile scores on. Score a layer with the fields "
                                               "the profile was built from (same names), or build the profile without them." )
                                      .arg( missing.join( QLatin1String( ", " ) ) ) );
  checkProfileMatchesLayer( mProfile, mProfilePath, inputFields, QObject::tr( "INPUT" ) );
}

void HouseholdScoringSetup::checkPrevalenceParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  std::unique_ptr<QgsProcessingFeatureSource> areas( QgsProcessingParameters::parameterAsSource( definition( algorithm, PREVALENCE_AREAS ), parameters, context ) );
  mUseAreas = static_cast<bool>( areas );
  if ( !mUseAreas )
    return;
  const QString fieldName = QgsProcessingParameters::parameterAsString( definition( algorithm, PREVALENCE_FIELD ), parameters, context );
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

bool HouseholdScoringSetup::loadPrevalenceAreas( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback,
                                                 const QgsFeatureSource &households )
{
  if ( !mUseAreas )
    return true;
  if ( households.wkbType() == compat::WkbNoGeometry )
    feedback->pushWarning( QObject::tr( "INPUT has no geometry: PREVALENCE_AREAS cannot apply, every household uses PREVALENCE." ) );
  std::unique_ptr<QgsProcessingFeatureSource> areas( QgsProcessingParameters::parameterAsSource( definition( algorithm, PREVALENCE_AREAS ), parameters, context ) );
  if ( !areas )
    throw QgsProcessingException( ErrorText::invalidSourceError( parameters, PREVALENCE_AREAS ) );
  const QString fieldName = QgsProcessingParameters::parameterAsString( definition( algorithm, PREVALENCE_FIELD ), parameters, context );
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
      return false;
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
  return true;
}

std::unique_ptr<engine::ScoringSession> HouseholdScoringSetup::makeSession() const
{
  try
  {
    if ( mUseAreas )
    {
      auto session = std::make_unique<engine::ScoringSession>( mProfile, mMethod, mPrevalences, mPrevalence );
      session->setSlopeCalibration( mFitSlope );
      return session;
    }
    return std::make_unique<engine::ScoringSession>( mProfile, mMethod, mPrevalence );
  }
  catch ( const engine::ScoringSessionError &error )
  {
    throw QgsProcessingException( sessionErrorMessage( error ) );
  }
}

std::unique_ptr<engine::FusedAreaScoring> HouseholdScoringSetup::makeFusedSession( std::size_t areaCount ) const
{
  try
  {
    if ( mUseAreas )
    {
      auto session = std::make_unique<engine::FusedAreaScoring>( mProfile, mMethod, mPrevalences, mPrevalence, areaCount );
      session->setSlopeCalibration( mFitSlope );
      return session;
    }
    return std::make_unique<engine::FusedAreaScoring>( mProfile, mMethod, mPrevalence, areaCount );
  }
  catch ( const engine::ScoringSessionError &error )
  {
    throw QgsProcessingException( sessionErrorMessage( error ) );
  }
}

int HouseholdScoringSetup::calibrationGroupOf( const HouseholdLocation &location ) const
{
  if ( !mUseAreas )
    return engine::ScoringSession::kOutsideEveryGroup;
  const int area = mAreaIndex.locate( location ).area;
  return area >= 0 ? area : engine::ScoringSession::kOutsideEveryGroup;
}

int HouseholdScoringSetup::calibrationGroupOf( const QgsFeature &household ) const
{
  if ( !mUseAreas )
    return engine::ScoringSession::kOutsideEveryGroup;
  return calibrationGroupOf( householdLocation( household.geometry() ) );
}

std::vector<engine::FieldValue> HouseholdScoringSetup::householdValues( const QgsAttributes &attributes, std::vector<long long> *nonFiniteCounts ) const
{
  return toFieldValues( attributes, mInputFieldIndexes, mNumericSources, nonFiniteCounts );
}

QString HouseholdScoringSetup::sessionErrorMessage( const engine::ScoringSessionError &error ) const
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

void HouseholdScoringSetup::recordUnseen( const QgsAttributes &attributes, const std::vector<int> &unseenFields, QgsProcessingFeedback *feedback )
{
  for ( const int field : unseenFields )
  {
    const QString &fieldName = mFieldNames.at( field );
    const QVariant value = attributes.value( mInputFieldIndexes.at( field ) );
    const QString shown = toFieldValue( value, mNumericSources.at( field ) ).isMissing() ? QStringLiteral( "NULL" ) : value.toString();
    const QString key = fieldName + QChar( 0x1f ) + shown;
    if ( mWarnedUnseen.contains( key ) )
      continue;
    if ( mWarnedUnseen.size() >= kMaxUnseenWarnings )
    {
      ++mUnseenNotListed;
      continue;
    }
    mWarnedUnseen.insert( key );
    feedback->pushWarning( QObject::tr( "Field “%1”: value “%2” does not occur in the profile; scored as neutral." ).arg( fieldName, shown ) );
  }
}

void HouseholdScoringSetup::reportUnseenNotListed( QgsProcessingFeedback *feedback ) const
{
  if ( mUnseenNotListed > 0 )
    feedback->pushWarning( QObject::tr( "%n more value(s) absent from the profile, not listed above.", nullptr, static_cast<int>( std::min<long long>( mUnseenNotListed, INT_MAX ) ) ) );
}

void HouseholdScoringSetup::reportMethod( QgsProcessingFeedback *feedback ) const
{
  feedback->pushInfo( mMethod == engine::ScoringMethod::PuLogistic          ? QObject::tr( "Scoring method: PU logistic model." )
                      : mMethod == engine::ScoringMethod::ProfileLikelihood ? QObject::tr( "Scoring method: profile likelihood." )
                                                                            : QObject::tr( "Scoring method: central-profile similarity." ) );
}

void HouseholdScoringSetup::reportAreaCalibration( QgsProcessingFeedback *feedback, long long households, long long outside, const engine::SlopeFit &slope ) const
{
  if ( !mUseAreas )
    return;
  feedback->pushInfo( QObject::tr( "%1 households lie in a PREVALENCE_AREAS area; %2 lie outside every area or have no geometry and use PREVALENCE = %3." )
                          .arg( households - outside )
                          .arg( outside )
                          .arg( mPrevalence ) );
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

} // namespace targetgroup
