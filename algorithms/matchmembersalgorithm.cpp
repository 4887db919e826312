#include "matchmembersalgorithm.h"

#include "common/outputschema.h"
#include "common/parametercheck.h"
#include "common/qgiscompat.h"

#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

namespace targetgroup
{

QStringList MatchMembersAlgorithm::tags() const
{
  return QObject::tr( "members,member file,library,join,address,postcode,house number,huisnummer,toevoeging,BAG,match" ).split( QLatin1Char( ',' ) );
}

QString MatchMembersAlgorithm::shortDescription() const
{
  return QObject::tr( "Matches the library's member file (members by postcode, house number and addition) to the households: members per household, and the members that match none with the reason." );
}

QString MatchMembersAlgorithm::shortHelpString() const
{
  return QObject::tr( "<p>Matches a member file as the library system exports it to the household points, by address, and writes the households "
                      "with the number of members living there. Use the output as the households of \"Aggregate households to areas\" with the "
                      "expression <code>\"is_member\" = 1</code>.</p>"
                      "<p><i>Households</i> (INPUT): points with a postcode and house-number field (and optionally an addition field).</p>"
                      "%1"
                      "<p><i>Households with membership</i> (OUTPUT): every household with all its fields and its geometry, plus "
                      "<code>mem_count</code> (members matched to the household) and <code>is_member</code> (1 when mem_count &gt; 0, else 0). "
                      "No field of the member file is copied. When INPUT already has a field mem_count or is_member (e.g. an earlier "
                      "run, or the demo's synthetic is_member), its values are replaced in OUTPUT, and the log says so.</p>"
                      "<p><i>Members that match no household</i> (UNMATCHED_OUTPUT): those members' rows with all their fields and "
                      "<code>unmatched_reason</code>. It holds member data: keep it inside the library.</p>"
                      "<p>Results: MEMBERS_READ = MEMBERS_MATCHED + MEMBERS_UNMATCHED, and HOUSEHOLDS_WITH_MEMBERS; the log gives the "
                      "number of members per reason.</p>"
                      "<p>Memory grows with the number of members, not of households: the households are read twice (their addresses, "
                      "then the output), so millions of households fit.</p>" )
      .arg( memberFileHelp() );
}

void MatchMembersAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, QObject::tr( "Households" ), QList<int>() << static_cast<int>( compat::SourceVectorPoint ) ) );
  for ( std::unique_ptr<QgsProcessingParameterDefinition> &definition : memberFileParameters( INPUT, false ) )
    addParameter( definition.release() );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, QObject::tr( "Households with membership" ), compat::SourceVectorPoint ) );
  addParameter( new QgsProcessingParameterFeatureSink( UNMATCHED_OUTPUT, QObject::tr( "Members that match no household" ), compat::SourceVector, QVariant(), true, true ) );
  for ( std::unique_ptr<QgsProcessingOutputDefinition> &output : memberResultOutputs() )
    addOutput( output.release() );
}

bool MatchMembersAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback * )
{
  checkParameters( *this, parameters, context );
  mHouseholds.reset( parameterAsSource( parameters, INPUT, context ) );
  if ( !mHouseholds )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );
  mMembers = MemberFile::fromParameters( *this, parameters, context, mHouseholds->fields(), QObject::tr( "INPUT" ) );
  mReplacedCountIndex = mHouseholds->fields().lookupField( schema::kMemberCount );
  mReplacedFlagIndex = mHouseholds->fields().lookupField( schema::kIsMember );
  return true;
}

QVariantMap MatchMembersAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QString unmatchedId;
  std::unique_ptr<QgsFeatureSink> unmatchedSink( parameterAsSink( parameters, UNMATCHED_OUTPUT, context, unmatchedId, mMembers->unmatchedFields(), mMembers->unmatchedWkbType(), mMembers->unmatchedCrs() ) );
  QgsProcessingMultiStepFeedback steps( unmatchedSink ? 4 : 3, feedback );

  // --- 1. the members' addresses, 2. the households' addresses -----------------
  steps.setCurrentStep( 0 );
  if ( !mMembers->readMembers( &steps ) )
    return QVariantMap();
  steps.setCurrentStep( 1 );
  if ( !mMembers->readHouseholds( *mHouseholds, &steps ) )
    return QVariantMap();
  const MemberMatchSummary &summary = mMembers->finish( feedback );

  // --- 3. the households with mem_count and is_member ---------------------------
  const QgsFields inputFields = mHouseholds->fields();
  QgsFields outputFields;
  for ( int index = 0; index < inputFields.count(); ++index )
  {
    if ( index == mReplacedCountIndex )
      outputFields.append( schema::householdMemberFields().at( 0 ).field() );
    else if ( index == mReplacedFlagIndex )
      outputFields.append( schema::householdMemberFields().at( 1 ).field() );
    else
      outputFields.append( inputFields.at( index ) );
  }
  int countIndex = mReplacedCountIndex;
  int flagIndex = mReplacedFlagIndex;
  if ( countIndex < 0 )
  {
    countIndex = outputFields.count();
    outputFields.append( schema::householdMemberFields().at( 0 ).field() );
  }
  if ( flagIndex < 0 )
  {
    flagIndex = outputFields.count();
    outputFields.append( schema::householdMemberFields().at( 1 ).field() );
  }
  QStringList replaced;
  if ( mReplacedCountIndex >= 0 )
    replaced << schema::kMemberCount;
  if ( mReplacedFlagIndex >= 0 )
    replaced << schema::kIsMember;
  if ( !replaced.isEmpty() )
    feedback->pushWarning( QObject::tr( "INPUT already has %1; OUTPUT has the matched values in its place instead of the old ones." ).arg( replaced.join( QObject::tr( " and " ) ) ) );

  QString outputId;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, outputId, outputFields, mHouseholds->wkbType(), mHouseholds->sourceCrs() ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );
  steps.setCurrentStep( 2 );
  const long long total = mHouseholds->featureCount();
  const double step = total > 0 ? 100.0 / static_cast<double>( total ) : 1;
  QgsFeatureIterator households = mHouseholds->getFeatures();
  QgsFeature household;
  long long written = 0, membersWritten = 0;
  while ( households.nextFeature( household ) )
  {
    if ( ( written & 1023 ) == 0 )
    {
      if ( feedback->isCanceled() )
        return QVariantMap();
      steps.setProgress( static_cast<double>( written ) * step );
    }
    const int members = mMembers->membersAt( household.id() );
    membersWritten += members;
    QgsAttributes attributes = household.attributes();
    attributes.resize( outputFields.count() );
    attributes[countIndex] = members;
    attributes[flagIndex] = members > 0 ? 1 : 0;
    household.setAttributes( attributes );
    household.setFields( outputFields, false );
    if ( !sink->addFeature( household, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
    ++written;
  }
  if ( feedback->isCanceled() )
    return QVariantMap();
  if ( membersWritten != summary.matched )
    throw QgsProcessingException( QObject::tr( "INPUT changed while it was read: %1 members were matched, but the households written hold %2. Run again on a layer that stays the same." )
                                      .arg( summary.matched )
                                      .arg( membersWritten ) );

  // --- 4. the members that match no household ----------------------------------
  if ( unmatchedSink )
  {
    steps.setCurrentStep( 3 );
    const long long unmatchedWritten = mMembers->writeUnmatched( *unmatchedSink, QObject::tr( "UNMATCHED_OUTPUT" ), &steps );
    if ( unmatchedWritten < 0 )
      return QVariantMap();
  }
  feedback->setProgress( 100 );

  QVariantMap results;
  results.insert( OUTPUT, outputId );
  if ( unmatchedSink )
    results.insert( UNMATCHED_OUTPUT, unmatchedId );
  insertMemberResults( results, summary );
  return results;
}

} // namespace targetgroup
