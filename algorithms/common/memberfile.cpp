#include "common/memberfile.h"

#include "common/outputschema.h"

#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsfeaturesink.h>
#include <qgsfeaturesource.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

#include <QStringList>

#include <algorithm>

namespace targetgroup
{

using engine::MatchReason;

namespace
{

//! Values quoted in the message when no member has a usable address.
constexpr int kMaxQuotedValues = 5;

//! A table's field types that can hold a house number or an addition.
bool isTextOrNumber( const QgsField &field )
{
  return field.isNumeric() || static_cast<int>( field.type() ) == static_cast<int>( QMetaType::QString );
}

QString fieldList( const QgsFields &fields )
{
  QStringList names = fields.names();
  if ( names.size() > 20 )
    names = names.mid( 0, 20 ) << QObject::tr( "…" );
  return names.isEmpty() ? QObject::tr( "(none)" ) : names.join( QStringLiteral( ", " ) );
}

engine::RawValue rawValue( const QVariant &value, bool numericField )
{
  if ( value.isNull() || !value.isValid() )
    return engine::RawValue::null();
  if ( numericField )
  {
    bool ok = false;
    const double number = value.toDouble( &ok );
    return ok ? engine::RawValue::fromNumber( number ) : engine::RawValue::fromText( value.toString().toStdString() );
  }
  return engine::RawValue::fromText( value.toString().toStdString() );
}

QString valueText( const QVariant &value )
{
  return value.isNull() ? QStringLiteral( "NULL" ) : QStringLiteral( "'%1'" ).arg( value.toString() );
}

} // namespace

std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> memberFileParameters( const QString &householdParameter, bool membersOptional )
{
  using namespace memberparameters;
  std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> definitions;
  auto members = std::make_unique<QgsProcessingParameterFeatureSource>( MEMBERS, QObject::tr( "Member file (table of members by address)" ), QList<int>() << static_cast<int>( compat::SourceVector ), QVariant(), membersOptional );
  members->setHelp( QObject::tr( "The members as the library system exports them: a CSV (any separator), a spreadsheet or any vector layer, with or without geometry; one row per member." ) );
  definitions.push_back( std::move( members ) );
  auto field = [&]( const QString &id, const QString &label, const QString &defaultField, const QString &parent, compat::FieldDataType type )
  {
    auto definition = std::make_unique<QgsProcessingParameterField>( id, label, defaultField, parent, type, false, true );
    definitions.push_back( std::move( definition ) );
  };
  field( HOUSEHOLD_POSTCODE, QObject::tr( "Households: postcode field" ), kDefaultPostcodeField, householdParameter, compat::FieldString );
  field( HOUSEHOLD_NUMBER, QObject::tr( "Households: house number field" ), kDefaultNumberField, householdParameter, compat::FieldAny );
  field( HOUSEHOLD_ADDITION, QObject::tr( "Households: house-number addition field (optional)" ), kDefaultAdditionField, householdParameter, compat::FieldAny );
  field( MEMBER_POSTCODE, QObject::tr( "Members: postcode field" ), kDefaultPostcodeField, MEMBERS, compat::FieldString );
  field( MEMBER_NUMBER, QObject::tr( "Members: house number field (may hold the addition, e.g. 12a)" ), kDefaultNumberField, MEMBERS, compat::FieldAny );
  field( MEMBER_ADDITION, QObject::tr( "Members: house-number addition field (optional)" ), kDefaultAdditionField, MEMBERS, compat::FieldAny );
  return definitions;
}

QString memberFileHelp()
{
  return QObject::tr(
      "<p><b>Member file</b> (MEMBERS): one row per member, keyed by address; the member's other fields (name, member number) are never copied "
      "to the households. The address is given by <i>postcode</i>, <i>house number</i> and an optional <i>addition</i> field on each side "
      "(HOUSEHOLD_POSTCODE, HOUSEHOLD_NUMBER, HOUSEHOLD_ADDITION of the households; MEMBER_POSTCODE, MEMBER_NUMBER, MEMBER_ADDITION of the members; "
      "default field names postcode, huisnummer, toevoeging; an addition field left at its default that the layer lacks means: no addition field).</p>"
      "<p><b>How addresses are read</b> (the same on both sides): "
      "a postcode has its spaces removed and is upper-cased, and must then be 4 digits (the first not 0) and 2 letters: "
      "<code>1234 AB</code>, <code>1234ab</code> and <code>1234 ab</code> are one postcode; <code>1234-AB</code> or <code>1234</code> is invalid. "
      "A house number is a whole number from 1 to 99999, from a number field (12 or 12.0) or from text whose leading digits are the number and whose rest is "
      "the addition: <code>12a</code>, <code>12-A</code>, <code>12 A</code>, <code>12 bis</code>, <code>12-2</code>, <code>12/2</code>. "
      "An addition is upper-cased with spaces and separators (- / . , _) removed (<code>-a</code> = <code>A</code>, <code>2-hg</code> = <code>2HG</code>), "
      "at most 8 letters and digits; an addition written with the number comes before the one in the addition field (<code>12a</code> + <code>1</code> = 12 A1).</p>"
      "<p><b>Matching rules</b>: (1) the one household with the member's postcode, number and addition (no addition matches no addition); "
      "(2) when several households have exactly that address, the member is not matched (duplicate_household_address): which one is meant cannot be known; "
      "(3) when no household has that addition, the member falls back to postcode and number alone, but only when exactly one household lives there "
      "(a member without addition at a number where only 12A lives matches 12A; a member with 12C where 12A and 12B live is ambiguous_addition). "
      "Several members at one address all count (mem_count). Every member that is not matched is reported with a reason: "
      "no_such_postcode (no household has the postcode), no_such_number (the postcode exists, the number not), ambiguous_addition, "
      "duplicate_household_address, missing_postcode, invalid_postcode, missing_number, invalid_number, invalid_addition. "
      "Members read = members matched + members not matched, always. Households with an unusable address are counted and never matched; "
      "duplicate household addresses are found (and reported) where a member lives.</p>" );
}

QString memberReasonText( MatchReason reason )
{
  switch ( reason )
  {
  case MatchReason::Exact:
    return QObject::tr( "matched by postcode, number and addition" );
  case MatchReason::NumberOnly:
    return QObject::tr( "matched by postcode and number alone (the one household there)" );
  case MatchReason::MissingPostcode:
    return QObject::tr( "no postcode" );
  case MatchReason::InvalidPostcode:
    return QObject::tr( "invalid postcode (not 4 digits and 2 letters)" );
  case MatchReason::MissingNumber:
    return QObject::tr( "no house number" );
  case MatchReason::InvalidNumber:
    return QObject::tr( "invalid house number" );
  case MatchReason::InvalidAddition:
    return QObject::tr( "invalid addition" );
  case MatchReason::NoSuchPostcode:
    return QObject::tr( "no household has this postcode" );
  case MatchReason::NoSuchNumber:
    return QObject::tr( "no household has this house number at the postcode" );
  case MatchReason::AmbiguousAddition:
    return QObject::tr( "ambiguous: no household with this addition, several at the number" );
  case MatchReason::DuplicateHouseholdAddress:
    return QObject::tr( "ambiguous: several households have this address" );
  }
  return QString();
}

std::unique_ptr<MemberFile> MemberFile::fromParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context,
                                                        const QgsFields &householdFields, const QString &householdsDescription )
{
  using namespace memberparameters;
  const QgsProcessingParameterDefinition *membersDefinition = algorithm.parameterDefinition( MEMBERS );
  if ( !membersDefinition )
    throw QgsProcessingException( QObject::tr( "Internal error: %1 has no MEMBERS parameter. Please report this." ).arg( algorithm.id() ) );
  const QVariant membersValue = parameters.value( MEMBERS );
  if ( !membersValue.isValid() || membersValue.isNull() || ( membersValue.userType() == qMetaTypeId<QString>() && membersValue.toString().trimmed().isEmpty() ) )
  {
    if ( membersDefinition->flags() & compat::ParameterOptional )
      return nullptr;
    throw QgsProcessingException( QObject::tr( "MEMBERS is not given: choose the member file (a CSV, spreadsheet or table with the members' addresses)." ) );
  }

  std::unique_ptr<MemberFile> file( new MemberFile() );
  file->mSource.reset( QgsProcessingParameters::parameterAsSource( membersDefinition, parameters, context ) );
  if ( !file->mSource )
    throw QgsProcessingException( QObject::tr( "Could not load the member file MEMBERS (%1): check that the file exists and is a table QGIS can open (CSV, spreadsheet, GeoPackage…)." )
                                      .arg( membersValue.toString() ) );
  file->mMembersDescription = QObject::tr( "MEMBERS" );
  file->mHouseholdsDescription = householdsDescription;
  const QgsFields memberFields = file->mSource->fields();
  if ( memberFields.lookupField( schema::kUnmatchedReason ) >= 0 )
    throw QgsProcessingException( QObject::tr( "The member file MEMBERS already has a field \"%1\", which the unmatched members' output adds. Rename it first (e.g. with \"Refactor fields\")." )
                                      .arg( schema::kUnmatchedReason ) );

  // One field: its index, checked; -1 for an addition that is not used.
  auto resolve = [&]( const QString &parameter, const QgsFields &fields, const QString &layerDescription, const QString &defaultName, bool addition, bool postcode ) -> int
  {
    const QgsProcessingParameterDefinition *definition = algorithm.parameterDefinition( parameter );
    const QVariant given = parameters.value( parameter );
    const bool explicitlyGiven = given.isValid() && !given.isNull() && !given.toString().isEmpty();
    QString name = definition ? QgsProcessingParameters::parameterAsString( definition, parameters, context ) : QString();
    if ( name.isEmpty() )
      name = defaultName;
    if ( given.isValid() && !given.isNull() && given.toString().isEmpty() && addition )
      return -1; // an addition field explicitly left empty: none
    const int index = fields.lookupField( name );
    if ( index < 0 )
    {
      if ( addition && !explicitlyGiven )
        return -1;
      throw QgsProcessingException( QObject::tr( "%1 has no field \"%2\" (%3). Choose the field that holds the %4; the fields are: %5." )
                                        .arg( layerDescription, name, parameter,
                                              postcode ? QObject::tr( "postcode (1234 AB)" ) : addition ? QObject::tr( "house-number addition (A, bis, 2)" )
                                                                                                        : QObject::tr( "house number (12 or 12a)" ),
                                              fieldList( fields ) ) );
    }
    const QgsField &field = fields.at( index );
    if ( postcode && field.isNumeric() )
      throw QgsProcessingException( QObject::tr( "The postcode field \"%1\" (%2) of %3 is numeric (%4), but a Dutch postcode has letters (1234 AB). Choose the field that holds the whole postcode." )
                                        .arg( name, parameter, layerDescription, field.typeName() ) );
    if ( !postcode && !isTextOrNumber( field ) )
      throw QgsProcessingException( QObject::tr( "The field \"%1\" (%2) of %3 is of type %4; it must hold text or a number. Choose another field, or convert it first (e.g. with the field calculator, to_string(\"%1\"))." )
                                        .arg( name, parameter, layerDescription, field.typeName() ) );
    return index;
  };
  file->mMembers.postcode = resolve( MEMBER_POSTCODE, memberFields, file->mMembersDescription, kDefaultPostcodeField, false, true );
  file->mMembers.number = resolve( MEMBER_NUMBER, memberFields, file->mMembersDescription, kDefaultNumberField, false, false );
  file->mMembers.addition = resolve( MEMBER_ADDITION, memberFields, file->mMembersDescription, kDefaultAdditionField, true, false );
  file->mHouseholds.postcode = resolve( HOUSEHOLD_POSTCODE, householdFields, householdsDescription, kDefaultPostcodeField, false, true );
  file->mHouseholds.number = resolve( HOUSEHOLD_NUMBER, householdFields, householdsDescription, kDefaultNumberField, false, false );
  file->mHouseholds.addition = resolve( HOUSEHOLD_ADDITION, householdFields, householdsDescription, kDefaultAdditionField, true, false );
  auto complete = [&]( Side &side, const QgsFields &fields, QStringList &names )
  {
    side.numberNumeric = fields.at( side.number ).isNumeric();
    side.additionNumeric = side.addition >= 0 && fields.at( side.addition ).isNumeric();
    names = QStringList{ fields.at( side.postcode ).name(), fields.at( side.number ).name(), side.addition >= 0 ? fields.at( side.addition ).name() : QString() };
  };
  complete( file->mMembers, memberFields, file->mMemberFieldNames );
  complete( file->mHouseholds, householdFields, file->mHouseholdFieldNames );
  return file;
}

MemberFile::~MemberFile() = default;

engine::KeyResult MemberFile::keyOf( const QgsAttributes &attributes, const Side &side ) const
{
  const engine::RawValue postcode = rawValue( attributes.value( side.postcode ), false );
  const engine::RawValue number = rawValue( attributes.value( side.number ), side.numberNumeric );
  const engine::RawValue addition = side.addition >= 0 ? rawValue( attributes.value( side.addition ), side.additionNumeric ) : engine::RawValue::null();
  return engine::makeAddressKey( postcode, number, addition );
}

bool MemberFile::readMembers( QgsProcessingFeedback *feedback )
{
  QgsAttributeList attributes{ mMembers.postcode, mMembers.number };
  if ( mMembers.addition >= 0 )
    attributes << mMembers.addition;
  QgsFeatureRequest request;
  request.setFlags( compat::RequestNoGeometry );
  request.setSubsetOfAttributes( attributes );
  const long long total = mSource->featureCount();
  const double step = total > 0 ? 100.0 / static_cast<double>( total ) : 1;
  QgsFeatureIterator members = mSource->getFeatures( request );
  QgsFeature member;
  long long usable = 0;
  std::array<QStringList, engine::kMatchReasonCount> examples;
  while ( members.nextFeature( member ) )
  {
    if ( ( mMemberIds.size() & 1023 ) == 0 && feedback )
    {
      if ( feedback->isCanceled() )
        return false;
      if ( total > 0 ) // a CSV may not know its row count
        feedback->setProgress( std::min( 100.0, static_cast<double>( mMemberIds.size() ) * step ) );
    }
    mMemberIds.push_back( member.id() );
    const engine::KeyResult key = keyOf( member.attributes(), mMembers );
    if ( key.key )
    {
      mMatcher.addMember( *key.key );
      ++usable;
      continue;
    }
    mMatcher.addUnusableMember( key.problem );
    QStringList &quoted = examples[static_cast<std::size_t>( key.problem )];
    if ( quoted.size() < kMaxQuotedValues )
    {
      const QgsAttributes values = member.attributes();
      quoted << QStringLiteral( "%1 / %2%3" ).arg( valueText( values.value( mMembers.postcode ) ), valueText( values.value( mMembers.number ) ), mMembers.addition >= 0 ? QStringLiteral( " / " ) + valueText( values.value( mMembers.addition ) ) : QString() );
    }
  }
  if ( feedback && feedback->isCanceled() )
    return false;
  if ( mMemberIds.empty() )
    throw QgsProcessingException( QObject::tr( "The member file MEMBERS (%1) has no rows. Choose the export with the members (one row per member)." ).arg( mSource->sourceName() ) );
  if ( usable == 0 )
  {
    QStringList reasons;
    for ( int reason = 0; reason < engine::kMatchReasonCount; ++reason )
    {
      if ( !examples[static_cast<std::size_t>( reason )].isEmpty() )
        reasons << QObject::tr( "%1 (e.g. %2)" ).arg( memberReasonText( static_cast<MatchReason>( reason ) ), examples[static_cast<std::size_t>( reason )].join( QStringLiteral( ", " ) ) );
    }
    throw QgsProcessingException( QObject::tr( "None of the %1 members of MEMBERS has a usable address in the fields \"%2\" (MEMBER_POSTCODE), \"%3\" (MEMBER_NUMBER)%4: %5. "
                                               "Check that these are the postcode and house-number fields of the member file." )
                                      .arg( mMemberIds.size() )
                                      .arg( mMemberFieldNames.value( 0 ), mMemberFieldNames.value( 1 ), mMemberFieldNames.value( 2 ).isEmpty() ? QString() : QObject::tr( ", \"%1\" (MEMBER_ADDITION)" ).arg( mMemberFieldNames.value( 2 ) ), reasons.join( QStringLiteral( "; " ) ) ) );
  }
  mMatcher.startHouseholds();
  if ( feedback )
    feedback->setProgress( 100 );
  return true;
}

QgsAttributeList MemberFile::householdAttributes() const
{
  QgsAttributeList attributes{ mHouseholds.postcode, mHouseholds.number };
  if ( mHouseholds.addition >= 0 )
    attributes << mHouseholds.addition;
  return attributes;
}

void MemberFile::addHousehold( const QgsFeature &household )
{
  const engine::KeyResult key = keyOf( household.attributes(), mHouseholds );
  if ( key.key )
    mMatcher.addHousehold( *key.key, household.id() );
  else
    mMatcher.addUnusableHousehold();
}

bool MemberFile::readHouseholds( QgsFeatureSource &households, QgsProcessingFeedback *feedback )
{
  QgsFeatureRequest request;
  request.setFlags( compat::RequestNoGeometry );
  request.setSubsetOfAttributes( householdAttributes() );
  const long long total = households.featureCount();
  const double step = total > 0 ? 100.0 / static_cast<double>( total ) : 1;
  QgsFeatureIterator iterator = households.getFeatures( request );
  QgsFeature household;
  long long read = 0;
  while ( iterator.nextFeature( household ) )
  {
    if ( ( read & 1023 ) == 0 && feedback )
    {
      if ( feedback->isCanceled() )
        return false;
      if ( total > 0 )
        feedback->setProgress( std::min( 100.0, static_cast<double>( read ) * step ) );
    }
    ++read;
    addHousehold( household );
  }
  if ( feedback && feedback->isCanceled() )
    return false;
  if ( feedback )
    feedback->setProgress( 100 );
  return true;
}

const MemberMatchSummary &MemberFile::finish( QgsProcessingFeedback *feedback )
{
  if ( mFinished )
    return mSummary;
  mMatcher.finish();
  mFinished = true;
  MemberMatchSummary &summary = mSummary;
  summary.read = static_cast<long long>( mMemberIds.size() );
  summary.matched = mMatcher.matched();
  summary.matchedByNumberOnly = mMatcher.reasonCounts()[static_cast<std::size_t>( MatchReason::NumberOnly )];
  summary.unmatched = mMatcher.unmatched();
  summary.householdsWithMembers = mMatcher.householdsWithMembers();
  summary.householdsRead = mMatcher.householdsRead() + mMatcher.unusableHouseholds();
  summary.householdsWithoutAddress = mMatcher.unusableHouseholds();
  summary.duplicateHouseholdAddresses = mMatcher.duplicateHouseholdAddresses();
  summary.byReason = mMatcher.reasonCounts();

  if ( summary.matched + summary.unmatched != summary.read )
    throw QgsProcessingException( QObject::tr( "Internal error: %1 members matched + %2 not matched differ from the %3 read. Please report this." ).arg( summary.matched ).arg( summary.unmatched ).arg( summary.read ) );
  if ( summary.householdsRead > 0 && summary.householdsWithoutAddress == summary.householdsRead )
    throw QgsProcessingException( QObject::tr( "None of the %1 households of %2 has a usable address in the fields \"%3\" (HOUSEHOLD_POSTCODE), \"%4\" (HOUSEHOLD_NUMBER). "
                                               "Check that these are the postcode (1234 AB) and house-number fields of the households." )
                                      .arg( summary.householdsRead )
                                      .arg( mHouseholdsDescription, mHouseholdFieldNames.value( 0 ), mHouseholdFieldNames.value( 1 ) ) );

  if ( feedback )
  {
    feedback->pushInfo( QObject::tr( "%1 members read: %2 matched to a household (%3 of them by postcode and number alone), %4 not matched; %5 households have members." )
                            .arg( summary.read )
                            .arg( summary.matched )
                            .arg( summary.matchedByNumberOnly )
                            .arg( summary.unmatched )
                            .arg( summary.householdsWithMembers ) );
    for ( int reason = 0; reason < engine::kMatchReasonCount; ++reason )
    {
      const long long count = summary.byReason[static_cast<std::size_t>( reason )];
      if ( count > 0 )
        feedback->pushInfo( QObject::tr( "  %1 (%2): %3" ).arg( QString::fromLatin1( engine::reasonCode( static_cast<MatchReason>( reason ) ) ), memberReasonText( static_cast<MatchReason>( reason ) ) ).arg( count ) );
    }
    if ( summary.unmatched > 0 )
      feedback->pushWarning( QObject::tr( "%1 of the %2 members of MEMBERS match no household; they are not counted at any household (see the unmatched members' output for each one and its reason)." )
                                 .arg( summary.unmatched )
                                 .arg( summary.read ) );
    if ( summary.householdsWithoutAddress > 0 )
      feedback->pushWarning( QObject::tr( "%1 of the %2 households of %3 have no usable address (postcode, number or addition missing or invalid); no member can match them." )
                                 .arg( summary.householdsWithoutAddress )
                                 .arg( summary.householdsRead )
                                 .arg( mHouseholdsDescription ) );
    if ( summary.duplicateHouseholdAddresses > 0 )
      feedback->pushWarning( QObject::tr( "%1 member address(es) belong to more than one household of %2 (the same postcode, number and addition twice); their members are not matched (duplicate_household_address)." )
                                 .arg( summary.duplicateHouseholdAddresses )
                                 .arg( mHouseholdsDescription ) );
  }
  return mSummary;
}

int MemberFile::membersAt( QgsFeatureId household ) const
{
  return mMatcher.memberCount( household );
}

QgsFields MemberFile::unmatchedFields() const
{
  QgsFields fields = mSource->fields();
  QgsField reason = compat::makeField( schema::kUnmatchedReason, compat::FieldKind::String, 40 );
  reason.setAlias( QObject::tr( "Why the member matches no household" ) );
  fields.append( reason );
  return fields;
}

compat::WkbType MemberFile::unmatchedWkbType() const
{
  return mSource->wkbType();
}

QgsCoordinateReferenceSystem MemberFile::unmatchedCrs() const
{
  return mSource->sourceCrs();
}

long long MemberFile::writeUnmatched( QgsFeatureSink &sink, const QString &outputDescription, QgsProcessingFeedback *feedback )
{
  if ( !mFinished )
    throw QgsProcessingException( QObject::tr( "Internal error: the unmatched members are written before matching finished. Please report this." ) );
  const QgsFields fields = unmatchedFields();
  const double step = mMemberIds.empty() ? 1 : 100.0 / static_cast<double>( mMemberIds.size() );
  QgsFeatureIterator members = mSource->getFeatures( QgsFeatureRequest() );
  QgsFeature member;
  QgsFeature written( fields );
  std::size_t index = 0;
  long long count = 0;
  while ( members.nextFeature( member ) )
  {
    if ( ( index & 1023 ) == 0 && feedback )
    {
      if ( feedback->isCanceled() )
        return -1;
      feedback->setProgress( std::min( 100.0, static_cast<double>( index ) * step ) );
    }
    if ( index >= mMemberIds.size() || mMemberIds[index] != member.id() )
      throw QgsProcessingException( QObject::tr( "The member file MEMBERS changed while it was read (row %1 is not the row read before). Run again on a file that stays the same." ).arg( index + 1 ) );
    const engine::MemberMatcher::Outcome &outcome = mMatcher.outcome( index );
    ++index;
    if ( engine::isMatched( outcome.reason ) )
      continue;
    QgsAttributes attributes = member.attributes();
    attributes.resize( fields.count() - 1 );
    attributes << QString::fromLatin1( engine::reasonCode( outcome.reason ) );
    written.setAttributes( attributes );
    written.setGeometry( member.geometry() );
    if ( !sink.addFeature( written, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( QObject::tr( "Could not write a member into %1: %2" ).arg( outputDescription, sink.lastError() ) );
    ++count;
  }
  if ( feedback && feedback->isCanceled() )
    return -1;
  if ( index != mMemberIds.size() )
    throw QgsProcessingException( QObject::tr( "The member file MEMBERS changed while it was read (%1 rows now, %2 before). Run again on a file that stays the same." ).arg( index ).arg( mMemberIds.size() ) );
  if ( feedback )
    feedback->setProgress( 100 );
  return count;
}

std::vector<std::unique_ptr<QgsProcessingOutputDefinition>> memberResultOutputs()
{
  std::vector<std::unique_ptr<QgsProcessingOutputDefinition>> outputs;
  outputs.push_back( std::make_unique<QgsProcessingOutputNumber>( memberparameters::MEMBERS_READ, QObject::tr( "Members read" ) ) );
  outputs.push_back( std::make_unique<QgsProcessingOutputNumber>( memberparameters::MEMBERS_MATCHED, QObject::tr( "Members matched to a household" ) ) );
  outputs.push_back( std::make_unique<QgsProcessingOutputNumber>( memberparameters::MEMBERS_UNMATCHED, QObject::tr( "Members that match no household" ) ) );
  outputs.push_back( std::make_unique<QgsProcessingOutputNumber>( memberparameters::HOUSEHOLDS_WITH_MEMBERS, QObject::tr( "Households with members" ) ) );
  return outputs;
}

void insertMemberResults( QVariantMap &results, const MemberMatchSummary &summary )
{
  results.insert( memberparameters::MEMBERS_READ, summary.read );
  results.insert( memberparameters::MEMBERS_MATCHED, summary.matched );
  results.insert( memberparameters::MEMBERS_UNMATCHED, summary.unmatched );
  results.insert( memberparameters::HOUSEHOLDS_WITH_MEMBERS, summary.householdsWithMembers );
}

} // namespace targetgroup
