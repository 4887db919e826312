#include "aggregateareasalgorithm.h"

#include "common/arealayer.h"
#include "common/areaoutput.h"
#include "common/fieldvalues.h"
#include "common/outputschema.h"
#include "common/parametercheck.h"
#include "common/qgiscompat.h"
#include "engine/aggregationsession.h"
#include "engine/fusedareascoring.h"

#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

#include <cmath>
#include <future>
#include <vector>

namespace targetgroup
{

namespace
{

//! Households are read in batches: the worker classifies one while the next is read.
constexpr int kBatchSize = 16384;

//! One household as the worker needs it: no QVariant, no QgsFeature.
struct HouseholdRecord
{
  HouseholdLocation location;
  double probability = 0;
  bool inReferenceGroup = false;
  bool member = false;
  // Fused mode: the scoring fields' values, the attributes (to name unseen values) and the calibration group.
  std::vector<engine::FieldValue> values;
  QgsAttributes attributes;
  // Filled by the classification.
  int area = -1;
  bool inSeveralAreas = false;
  int group = engine::ScoringSession::kOutsideEveryGroup;
};

struct HouseholdBatch
{
  std::vector<HouseholdRecord> records;
  //! Only kept when UNMATCHED_OUTPUT is wanted.
  std::vector<QgsFeature> features;
};

//! The area of each household, and in the fused mode (scoring given) its calibration group.
void classify( const AreaIndex &areas, const HouseholdScoringSetup *scoring, HouseholdBatch &batch )
{
  for ( HouseholdRecord &record : batch.records )
  {
    const engine::AreaLocator::Match match = areas.locate( record.location );
    record.area = match.area;
    record.inSeveralAreas = match.inSeveralInteriors;
    if ( scoring )
      record.group = scoring->calibrationGroupOf( record.location );
  }
}

} // namespace

QStringList AggregateAreasAlgorithm::tags() const
{
  return QObject::tr( "target group,aggregate,count,points in polygon,buurt,wijk,gemeente,membership,penetration,suppression" ).split( QLatin1Char( ',' ) );
}

QString AggregateAreasAlgorithm::shortDescription() const
{
  return QObject::tr( "Counts scored households per area: expected target households with 95% intervals, membership reach, small areas suppressed." );
}

QString AggregateAreasAlgorithm::shortHelpString() const
{
  return withNumberRanges( QObject::tr(
                               "<p>Counts scored households per area in one pass and sets the expected target group against membership.</p>"
                               "<p><i>Scored households</i> (INPUT) are points with a probability field, <i>Probability field</i> (PROB_FIELD, default tg_prob, 0..1), and a "
                               "reference-group flag, <i>Reference-group field</i> (REF_FIELD, default tg_ref, non-zero = in the reference group). <i>Areas</i> (AREAS) are polygons, "
                               "e.g. CBS buurten or wijken, in any CRS: they are reprojected to the households' CRS for the point test.</p>"
                               "<p><i>Areas with target-group figures</i> (OUTPUT): every area with all its fields and its geometry, plus "
                               "hh_total (households in the area); tg_expected (sum of probabilities) with tg_expected_low and tg_expected_high, "
                               "a 95% interval from the Poisson-binomial variance tg_variance = sum p(1-p) by the normal approximation "
                               "(tg_expected +- 1.96 sqrt(tg_variance), clipped to 0..hh_total); tg_ref (reference-group households); "
                               "tg_share (tg_expected / hh_total); tg_index (100 = the share over all matched households); "
                               "mem_total and mem_penetration (members / households); mem_tg_expected (sum of probabilities over members); "
                               "tg_reach (mem_tg_expected / tg_expected) and tg_untapped (tg_expected - mem_tg_expected); suppressed.</p>"
                               "<p><b>Membership</b> comes from one of two sources. <i>Library members (expression)</i> (MEMBER) is an expression on the households, e.g. <code>\"is_member\" = 1</code>. "
                               "Or give the member file as the library system exports it (MEMBERS, see below): a household is a member household when at least one member "
                               "matches its address; <i>Members that match no household</i> (UNMATCHED_MEMBERS) optionally receives the members that match none, with the reason, "
                               "and the results MEMBERS_READ = MEMBERS_MATCHED + MEMBERS_UNMATCHED and HOUSEHOLDS_WITH_MEMBERS say how the file matched. "
                               "Give one of the two, not both. Without either the mem_* fields, tg_reach and tg_untapped are NULL.</p>"
                               "<p><b>Suppression</b>: an area with fewer households than <i>Suppress areas with fewer households than</i> (MIN_COUNT, default 10) has suppressed = 1 and NULL in "
                               "every tg_* and mem_* field; only hh_total, the count that decides suppression, stays. Ratios with a zero "
                               "denominator are NULL too. <i>Suppress areas with fewer households than</i> = 0 suppresses nothing: use that only for an intermediate layer that is "
                               "rolled up with \"Roll up areas\", which reapplies suppression, and do not publish it.</p>"
                               "<p><b>Assignment rule</b> (the same in \"Score households\", so a household is calibrated in the area it is counted in): "
                               "a household is at its point; a household with a geometry of several parts (a multipoint) or another geometry is at its "
                               "point on surface, and their number is reported. It belongs to an area when it lies inside it or on its boundary. When "
                               "that holds for several areas (a shared boundary, or overlapping polygons), the household is counted once, in the area "
                               "with the lowest feature id (for GeoPackage and memory layers: the one that comes first). MULTIPLE counts households "
                               "inside two or more overlapping areas (not those merely on a shared boundary). Invalid area geometries are repaired "
                               "(make valid) and their feature ids reported.</p>"
                               "<p>Results: MATCHED households (in an area), UNMATCHED households (in no area, or without geometry; "
                               "MATCHED + UNMATCHED is always the number read), MULTIPLE. <i>Households in no area</i> (UNMATCHED_OUTPUT) optionally receives the unmatched "
                               "households with their fields.</p>"
                               "<p><b>Scoring in the same pass</b> (optional): give <i>Profile (.json written by Build profile)</i> (PROFILE) and <i>Scored households</i> (INPUT) may be the "
                               "households as they are, unscored: each household is scored and counted in one streaming pass, without writing a scored household layer. "
                               "<i>Expected share of target-group households (0–1)</i> (PREVALENCE), <i>Method</i> (METHOD), <i>Areas with a prevalence estimate</i> (PREVALENCE_AREAS), "
                               "<i>Prevalence estimate field (share 0–1 or percentage)</i> (PREVALENCE_FIELD) and <i>Fit the slope to the area estimates (several areas)</i> (FIT_SLOPE) "
                               "mean what they mean in \"Score households\" and are used only with a profile. The figures per area are the same as those of \"Score households\" "
                               "followed by this algorithm on its output (to about 1e-9: the calibration, the slope and the reference group, ties at the cut-off in reading order, "
                               "included); <i>Probability field</i> (PROB_FIELD) and <i>Reference-group field</i> (REF_FIELD) are ignored then. Memory grows with the areas and the "
                               "distinct scores per area, not with the households; in the rare case of a tie at the reference cut-off across areas INPUT is read a second time. "
                               "Extra results: EXPECTED_TOTAL (the expected target-group households, Σ of the probabilities over all households read) and SLOPE (the calibration slope s).</p>%1" )
                               .arg( memberFileHelp() ),
                           *this );
}

void AggregateAreasAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, QObject::tr( "Scored households" ), QList<int>() << static_cast<int>( compat::SourceVectorPoint ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( AREAS, QObject::tr( "Areas" ), QList<int>() << static_cast<int>( compat::SourceVectorPolygon ) ) );
  // Optional with a default, so batch jobs may leave them out: QGIS 3.22's
  // qgis_process refuses a required field parameter that was not given,
  // default or not.
  addParameter( new QgsProcessingParameterField( PROB_FIELD, QObject::tr( "Probability field" ), schema::kProbability, INPUT, compat::FieldNumeric, false, true ) );
  addParameter( new QgsProcessingParameterField( REF_FIELD, QObject::tr( "Reference-group field" ), schema::kReference, INPUT, compat::FieldNumeric, false, true ) );
  for ( std::unique_ptr<QgsProcessingParameterDefinition> &definition : householdScoringParameters( true ) )
    addParameter( definition.release() );
  addParameter( new QgsProcessingParameterExpression( MEMBER, QObject::tr( "Library members (expression)" ), QVariant(), INPUT, true ) );
  for ( std::unique_ptr<QgsProcessingParameterDefinition> &definition : memberFileParameters( INPUT, true ) )
    addParameter( definition.release() );
  addParameter( new QgsProcessingParameterNumber( MIN_COUNT, QObject::tr( "Suppress areas with fewer households than" ), compat::NumberInteger, 10, false, 0, limits::kMaxMinimumCount ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, QObject::tr( "Areas with target-group figures" ), compat::SourceVectorPolygon ) );
  addParameter( new QgsProcessingParameterFeatureSink( UNMATCHED_OUTPUT, QObject::tr( "Households in no area" ), compat::SourceVectorPoint, QVariant(), true, false ) );
  addOutput( new QgsProcessingOutputNumber( MATCHED, QObject::tr( "Households in an area" ) ) );
  addOutput( new QgsProcessingOutputNumber( UNMATCHED, QObject::tr( "Households in no area" ) ) );
  addParameter( new QgsProcessingParameterFeatureSink( UNMATCHED_MEMBERS, QObject::tr( "Members that match no household" ), compat::SourceVector, QVariant(), true, false ) );
  addOutput( new QgsProcessingOutputNumber( MULTIPLE, QObject::tr( "Households inside more than one area" ) ) );
  for ( std::unique_ptr<QgsProcessingOutputDefinition> &output : memberResultOutputs() )
    addOutput( output.release() );
  addOutput( new QgsProcessingOutputNumber( EXPECTED_TOTAL, QObject::tr( "Expected target-group households (Σ tg_prob)" ) ) );
  addOutput( new QgsProcessingOutputNumber( SLOPE, QObject::tr( "Calibration slope s (1 without slope calibration)" ) ) );
}

bool AggregateAreasAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback * )
{
  checkParameters( *this, parameters, context );
  mHouseholds.reset( parameterAsSource( parameters, INPUT, context ) );
  if ( !mHouseholds )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );
  mAreas.reset( parameterAsSource( parameters, AREAS, context ) );
  if ( !mAreas )
    throw QgsProcessingException( invalidSourceError( parameters, AREAS ) );
  schema::checkNoFieldClash( mAreas->fields(), schema::areaFigureFields(), QObject::tr( "AREAS" ) );
  checkPolygonLayer( *mAreas, QObject::tr( "AREAS" ) );

  const QgsFields householdFields = mHouseholds->fields();
  mFused = HouseholdScoringSetup::profileGiven( *this, parameters, context );
  if ( mFused )
  {
    // Fused mode: INPUT is scored here; PROB_FIELD and REF_FIELD do not apply.
    mScoring.readProfile( *this, parameters, context );
    mScoring.matchInputFields( householdFields );
    mScoring.checkPrevalenceParameters( *this, parameters, context );
  }
  else
  {
    if ( std::unique_ptr<QgsProcessingFeatureSource>( parameterAsSource( parameters, PREVALENCE_AREAS, context ) ) )
      throw QgsProcessingException( QObject::tr( "PREVALENCE_AREAS is given but PROFILE is not: area estimates calibrate the scoring, which needs a profile. "
                                                 "Give PROFILE to score INPUT here, or clear PREVALENCE_AREAS to count households already scored." ) );
    mProbabilityField = parameterAsString( parameters, PROB_FIELD, context );
    if ( mProbabilityField.isEmpty() )
      mProbabilityField = schema::kProbability;
    mProbabilityIndex = householdFields.lookupField( mProbabilityField );
    if ( mProbabilityIndex < 0 )
      throw QgsProcessingException( QObject::tr( "INPUT has no probability field \"%1\" (PROB_FIELD). Run \"Score households\" first, or choose the field that holds the probability (0..1)." ).arg( mProbabilityField ) );
    if ( !householdFields.at( mProbabilityIndex ).isNumeric() )
      throw QgsProcessingException( QObject::tr( "The probability field \"%1\" (PROB_FIELD) of INPUT is not numeric." ).arg( mProbabilityField ) );
    mReferenceField = parameterAsString( parameters, REF_FIELD, context );
    if ( mReferenceField.isEmpty() )
      mReferenceField = schema::kReference;
    mReferenceIndex = householdFields.lookupField( mReferenceField );
    if ( mReferenceIndex < 0 )
      throw QgsProcessingException( QObject::tr( "INPUT has no reference-group field \"%1\" (REF_FIELD). Run \"Score households\" first, or choose the 0/1 field that marks the reference group." ).arg( mReferenceField ) );
  }

  mMinimumCount = parameterAsInt( parameters, MIN_COUNT, context );
  if ( mMinimumCount < 0 )
    throw QgsProcessingException( QObject::tr( "MIN_COUNT must be 0 or more, not %1." ).arg( mMinimumCount ) );

  mExpressionContext = createExpressionContext( parameters, context, mHouseholds.get() );
  const QString memberText = parameterAsString( parameters, MEMBER, context ).trimmed();
  mMembers.reset();
  if ( !memberText.isEmpty() )
    mMembers = std::make_unique<HouseholdSelection>( MEMBER, memberText, householdFields, QObject::tr( "INPUT" ), mExpressionContext );
  mMemberFile = MemberFile::fromParameters( *this, parameters, context, householdFields, QObject::tr( "INPUT" ) );
  if ( mMembers && mMemberFile )
    throw QgsProcessingException( QObject::tr( "Both MEMBER (the expression %1) and MEMBERS (a member file) are given. Give one source of membership: clear MEMBER to use the member file, or clear MEMBERS." ).arg( memberText ) );
  return true;
}

QVariantMap AggregateAreasAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  // --- 1. the areas, in the households' CRS, into the index ------------------
  checkComparableCrs( *mHouseholds, QObject::tr( "INPUT" ), *mAreas, QObject::tr( "AREAS" ), feedback );
  AreaIndex areaIndex;
  {
    QgsFeatureIterator areas = mAreas->getFeatures( AreaIndex::request( mHouseholds->sourceCrs(), context.transformContext() ), compat::SourceSkipGeometryValidityChecks );
    QgsFeature area;
    while ( areas.nextFeature( area ) )
    {
      if ( feedback->isCanceled() )
        return QVariantMap();
      areaIndex.addArea( area );
    }
    areaIndex.build();
    areaIndex.reportProblems( feedback, QObject::tr( "AREAS" ) );
  }
  feedback->pushInfo( QObject::tr( "%1 areas indexed." ).arg( areaIndex.areaCount() ) );

  // --- 2. the member file: the members' and the households' addresses ----------
  // Keys only, no geometry; memory grows with the members. The pass below then
  // asks the match how many members live at each household.
  if ( mMemberFile )
  {
    feedback->pushInfo( QObject::tr( "Matching the member file %1 to the households of INPUT by address." ).arg( mMemberFile->source().sourceName() ) );
    if ( !mMemberFile->readMembers( feedback ) || !mMemberFile->readHouseholds( *mHouseholds, feedback ) )
      return QVariantMap();
    mMemberFile->finish( feedback );
  }

  // --- 3. fused mode: the prevalence areas and the scoring session --------------
  std::unique_ptr<engine::FusedAreaScoring> fused;
  if ( mFused )
  {
    if ( !mScoring.loadPrevalenceAreas( *this, parameters, context, feedback, *mHouseholds ) )
      return QVariantMap();
    fused = mScoring.makeFusedSession( static_cast<std::size_t>( areaIndex.areaCount() ) );
  }
  const HouseholdScoringSetup *scoring = mFused ? &mScoring : nullptr;
  // The engine's errors in the user's language (the fused session's are scoring errors or internal).
  auto rethrow = [this]( const auto &call )
  {
    try
    {
      call();
    }
    catch ( const engine::ScoringSessionError &error )
    {
      throw QgsProcessingException( mScoring.sessionErrorMessage( error ) );
    }
    catch ( const engine::AggregationError &error )
    {
      throw QgsProcessingException( QObject::tr( "Internal error: %1. Please report this." ).arg( QString::fromStdString( error.what() ) ) );
    }
  };

  // --- 4. one pass over the households -----------------------------------------
  QString unmatchedId;
  std::unique_ptr<QgsFeatureSink> unmatchedSink( parameterAsSink( parameters, UNMATCHED_OUTPUT, context, unmatchedId, mHouseholds->fields(), mHouseholds->wkbType(), mHouseholds->sourceCrs() ) );

  QgsFeatureRequest request;
  if ( !unmatchedSink )
  {
    const QgsFields fields = mHouseholds->fields();
    QSet<QString> wanted;
    if ( mFused )
    {
      for ( const QString &name : mScoring.fieldNames() )
        wanted << name;
    }
    else
      wanted = { fields.at( mProbabilityIndex ).name(), fields.at( mReferenceIndex ).name() };
    if ( mMembers )
      restrictRequest( request, fields, wanted, { mMembers.get() }, true );
    else
      restrictRequest( request, fields, wanted, {}, true );
  }

  engine::AreaAggregationSession session( static_cast<std::size_t>( areaIndex.areaCount() ) );
  long long read = 0, representative = 0, membersFound = 0;
  const long long total = mHouseholds->featureCount();
  const double step = total > 0 ? 100.0 / static_cast<double>( total ) : 1;

  std::vector<int> unseenFields;
  std::vector<long long> nonFiniteCounts( static_cast<std::size_t>( mScoring.inputFieldIndexes().size() ), 0 );

  // Adds a classified batch to the totals (always on this thread, in reading order).
  auto accumulate = [&]( HouseholdBatch &batch )
  {
    for ( std::size_t i = 0; i < batch.records.size(); ++i )
    {
      const HouseholdRecord &record = batch.records[i];
      if ( fused )
      {
        // Scored and counted at once: its area, calibration group and membership.
        unseenFields.clear();
        rethrow( [&]
                 { fused->addHousehold( record.values, record.group, record.area < 0 ? engine::FusedAreaScoring::kUnmatched : record.area, record.member,
                                        record.inSeveralAreas, &unseenFields ); } );
        if ( !unseenFields.empty() )
          mScoring.recordUnseen( record.attributes, unseenFields, feedback );
      }
      if ( record.area < 0 )
      {
        if ( !fused )
          session.addUnmatched();
        if ( unmatchedSink && !unmatchedSink->addFeature( batch.features[i], QgsFeatureSink::FastInsert ) )
          throw QgsProcessingException( writeFeatureError( unmatchedSink.get(), parameters, UNMATCHED_OUTPUT ) );
        continue;
      }
      if ( !fused )
        session.addHousehold( record.area, record.probability, record.inReferenceGroup, record.member, record.inSeveralAreas );
    }
  };

  HouseholdBatch reading;
  HouseholdBatch classifying;
  std::future<void> classification;
  auto finishClassification = [&]()
  {
    if ( classification.valid() )
    {
      classification.get();
      accumulate( classifying );
    }
  };
  auto dispatch = [&]()
  {
    if ( !sUseWorkerThread )
    {
      classify( areaIndex, scoring, reading );
      accumulate( reading );
      return;
    }
    finishClassification();
    std::swap( reading, classifying );
    classification = std::async( std::launch::async, [&areaIndex, scoring, &classifying]()
                                 { classify( areaIndex, scoring, classifying ); } );
  };

  QgsFeatureIterator households = mHouseholds->getFeatures( request );
  QgsFeature household;
  reading.records.reserve( kBatchSize );
  while ( households.nextFeature( household ) )
  {
    if ( ( read & 1023 ) == 0 )
    {
      if ( feedback->isCanceled() )
        break;
      feedback->setProgress( static_cast<double>( read ) * step );
    }
    ++read;

    HouseholdRecord record;
    if ( fused )
    {
      record.attributes = household.attributes();
      record.values = mScoring.householdValues( record.attributes, &nonFiniteCounts );
    }
    else
    {
      const QVariant probabilityValue = household.attribute( mProbabilityIndex );
      bool numeric = false;
      record.probability = probabilityValue.toDouble( &numeric );
      if ( probabilityValue.isNull() || !numeric || !engine::AreaAggregationSession::isProbability( record.probability ) )
      {
        throw QgsProcessingException( QObject::tr( "Household %1 of INPUT has %2 in the probability field \"%3\" (PROB_FIELD); every household needs a probability from 0 to 1. Score all households, or select the scored ones first." )
                                          .arg( household.id() )
                                          .arg( probabilityValue.isNull() ? QStringLiteral( "NULL" ) : probabilityValue.toString(), mProbabilityField ) );
      }
      const QVariant referenceValue = household.attribute( mReferenceIndex );
      const double reference = referenceValue.isNull() ? -1.0 : referenceValue.toDouble();
      if ( reference != 0.0 && reference != 1.0 )
        throw QgsProcessingException( QObject::tr( "Household %1 of INPUT has %2 in the reference-group field \"%3\" (REF_FIELD); it must be 0 or 1 (1 = in the reference group). "
                                                   "Choose the tg_ref field written by \"Score households\", or recode the field to 0/1." )
                                          .arg( household.id() )
                                          .arg( referenceValue.isNull() ? QStringLiteral( "NULL" ) : referenceValue.toString(), mReferenceField ) );
      record.inReferenceGroup = reference == 1.0;
    }
    if ( mMembers )
    {
      mExpressionContext.setFeature( household );
      record.member = mMembers->selects( mExpressionContext, household );
      membersFound += record.member ? 1 : 0;
    }
    else if ( mMemberFile )
    {
      record.member = mMemberFile->membersAt( household.id() ) > 0;
      membersFound += record.member ? 1 : 0;
    }
    record.location = householdLocation( household.geometry() );
    if ( record.location.representative )
      ++representative;
    reading.records.push_back( record );
    if ( unmatchedSink )
      reading.features.push_back( household );

    if ( static_cast<int>( reading.records.size() ) >= kBatchSize )
    {
      dispatch();
      reading.records.clear();
      reading.features.clear();
    }
  }
  if ( !reading.records.empty() )
    dispatch();
  finishClassification();
  if ( feedback->isCanceled() )
    return QVariantMap();

  if ( fused )
  {
    // Calibration, the reference cut and the area sums from the counts of the pass.
    mScoring.reportUnseenNotListed( feedback );
    warnAboutNonFiniteValues( feedback, mScoring.fieldNames(), nonFiniteCounts, QObject::tr( "INPUT" ) );
    mScoring.reportMethod( feedback );
    rethrow( [&]
             { fused->finish(); } );
    if ( fused->needsTiePass() )
    {
      // Rare: households of several areas tie at the reference-group cut-off; read INPUT again, in the same order, to take them in reading order.
      feedback->pushInfo( QObject::tr( "Households of several areas tie at the reference-group cut-off: reading INPUT once more to take them in reading order." ) );
      QgsFeatureIterator again = mHouseholds->getFeatures( request );
      while ( again.nextFeature( household ) )
      {
        if ( feedback->isCanceled() )
          return QVariantMap();
        const HouseholdLocation location = householdLocation( household.geometry() );
        const int area = areaIndex.locate( location ).area;
        rethrow( [&]
                 { fused->addTiePassHousehold( mScoring.householdValues( household.attributes() ), mScoring.calibrationGroupOf( location ),
                                               area < 0 ? engine::FusedAreaScoring::kUnmatched : area ); } );
      }
      rethrow( [&]
               { fused->finishTiePass(); } );
    }
    mScoring.reportAreaCalibration( feedback, fused->households(), fused->householdsInGroup( engine::ScoringSession::kOutsideEveryGroup ), fused->slopeFit() );
    rethrow( [&]
             { session = fused->toAggregationSession(); } );
    feedback->pushInfo( QObject::tr( "Σ tg_prob = %1 (target %2); reference group %3 households; %4 value(s) absent from the profile." )
                            .arg( fused->allMatched().expected + fused->unmatchedTotals().expected, 0, 'f', 4 )
                            .arg( fused->expectedTotal(), 0, 'f', 4 )
                            .arg( fused->referenceCount() )
                            .arg( fused->unseenValues() ) );
  }
  const long long matched = session.matched(), unmatched = session.unmatched(), multiple = session.multiple();
  if ( session.read() != read )
    throw QgsProcessingException( QObject::tr( "Internal error: %1 matched + %2 unmatched households differ from the %3 read. Please report this." ).arg( matched ).arg( unmatched ).arg( read ) );

  // --- 5. one output row per area, in the areas' own CRS and geometry -----------
  engine::AggregationSettings settings;
  settings.minimumCount = mMinimumCount;
  settings.membershipKnown = mMembers || mMemberFile;
  const std::optional<AreaOutputSummary> output = writeAreaOutput( *this, parameters, OUTPUT, *mAreas, areaIndex, session, settings, context, feedback );
  if ( !output )
    return QVariantMap();
  feedback->setProgress( 100 );

  feedback->pushInfo( QObject::tr( "%1 households read: %2 in an area, %3 in no area, %4 inside more than one area (counted once, in the one with the lowest feature id)." ).arg( read ).arg( matched ).arg( unmatched ).arg( multiple ) );
  if ( unmatched > 0 )
    feedback->pushWarning( QObject::tr( "%1 households lie in no area of AREAS or have no geometry; they are not in any area's figures%2." )
                               .arg( unmatched )
                               .arg( unmatchedSink ? QObject::tr( " (see UNMATCHED_OUTPUT)" ) : QString() ) );
  if ( multiple > 0 )
    feedback->pushWarning( QObject::tr( "%1 households lie inside more than one area (the AREAS polygons overlap); each is counted once, in the area with the lowest feature id." ).arg( multiple ) );
  if ( representative > 0 )
    feedback->pushWarning( QObject::tr( "%1 households have a geometry of several parts or no point (e.g. a multipoint); each is placed at its point on surface, one place per household." ).arg( representative ) );
  if ( mMembers && membersFound == 0 && read > 0 )
    feedback->pushWarning( QObject::tr( "The MEMBER expression %1 is true for none of the %2 households, so every area has mem_total 0. Check it against the data "
                                        "(e.g. \"is_member\" = 1 for a number field, not = 'yes')." )
                               .arg( mMembers->text() )
                               .arg( read ) );
  if ( output->suppressedAreas > 0 )
    feedback->pushInfo( QObject::tr( "%1 areas have fewer than %2 households and are suppressed." ).arg( output->suppressedAreas ).arg( mMinimumCount ) );

  QVariantMap results;
  results.insert( OUTPUT, output->destination );
  if ( unmatchedSink )
    results.insert( UNMATCHED_OUTPUT, unmatchedId );
  if ( mMemberFile )
  {
    if ( membersFound != mMemberFile->summary().householdsWithMembers )
      throw QgsProcessingException( QObject::tr( "Internal error: %1 member households counted in the areas, but the member file matched %2. Please report this." ).arg( membersFound ).arg( mMemberFile->summary().householdsWithMembers ) );
    insertMemberResults( results, mMemberFile->summary() );
    QString unmatchedMembersId;
    std::unique_ptr<QgsFeatureSink> unmatchedMembersSink( parameterAsSink( parameters, UNMATCHED_MEMBERS, context, unmatchedMembersId, mMemberFile->unmatchedFields(), mMemberFile->unmatchedWkbType(), mMemberFile->unmatchedCrs() ) );
    if ( unmatchedMembersSink )
    {
      if ( mMemberFile->writeUnmatched( *unmatchedMembersSink, QObject::tr( "UNMATCHED_MEMBERS" ), feedback ) < 0 )
        return QVariantMap();
      results.insert( UNMATCHED_MEMBERS, unmatchedMembersId );
    }
  }
  results.insert( MATCHED, matched );
  results.insert( UNMATCHED, unmatched );
  results.insert( MULTIPLE, multiple );
  if ( fused )
  {
    results.insert( EXPECTED_TOTAL, fused->allMatched().expected + fused->unmatchedTotals().expected );
    results.insert( SLOPE, fused->slopeFit().slope );
  }
  return results;
}

} // namespace targetgroup
