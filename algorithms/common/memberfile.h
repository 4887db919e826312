#pragma once
// A library's member file as the library system exports it (a CSV,
// spreadsheet or any vector table keyed by postcode, house number and
// addition), matched to the households: the parameters every algorithm that
// accepts a member file offers (same ids, labels and help), reading both sides
// into engine::MemberMatcher with errors that name the layer, field and
// parameter, the members per household for the algorithm's own household
// loop, and the unmatched members with their reason.
//
// Use (the households may be read twice: once for their keys, then in the
// algorithm's own loop):
//   auto members = MemberFile::fromParameters( *this, parameters, context, households->fields(), tr( "INPUT" ) );
//   if ( members ) {
//     members->readMembers( feedback );
//     members->readHouseholds( *households, feedback );   // keys only, no geometry
//     members->finish( feedback );                          // logs and reconciles
//     ... per household: members->membersAt( feature.id() ) ...
//     members->writeUnmatched( *unmatchedSink, feedback );  // optional
//   }

#include "common/qgiscompat.h"
#include "engine/membermatcher.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#include <QString>
#include <QVariantMap>

#include <array>
#include <memory>
#include <vector>

class QgsFeatureSink;
class QgsFeatureSource;
class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;

namespace targetgroup
{

//! Parameter ids of the member file: one spelling in every algorithm that offers it.
namespace memberparameters
{
inline const QString MEMBERS = QStringLiteral( "MEMBERS" );
inline const QString HOUSEHOLD_POSTCODE = QStringLiteral( "HOUSEHOLD_POSTCODE" );
inline const QString HOUSEHOLD_NUMBER = QStringLiteral( "HOUSEHOLD_NUMBER" );
inline const QString HOUSEHOLD_ADDITION = QStringLiteral( "HOUSEHOLD_ADDITION" );
inline const QString MEMBER_POSTCODE = QStringLiteral( "MEMBER_POSTCODE" );
inline const QString MEMBER_NUMBER = QStringLiteral( "MEMBER_NUMBER" );
inline const QString MEMBER_ADDITION = QStringLiteral( "MEMBER_ADDITION" );

// The numeric results of a match, the same in every algorithm that matches.
inline const QString MEMBERS_READ = QStringLiteral( "MEMBERS_READ" );
inline const QString MEMBERS_MATCHED = QStringLiteral( "MEMBERS_MATCHED" );
inline const QString MEMBERS_UNMATCHED = QStringLiteral( "MEMBERS_UNMATCHED" );
inline const QString HOUSEHOLDS_WITH_MEMBERS = QStringLiteral( "HOUSEHOLDS_WITH_MEMBERS" );

//! The default field names, on both sides (the Dutch names of the BAG and of library systems).
inline const QString kDefaultPostcodeField = QStringLiteral( "postcode" );
inline const QString kDefaultNumberField = QStringLiteral( "huisnummer" );
inline const QString kDefaultAdditionField = QStringLiteral( "toevoeging" );
} // namespace memberparameters

/**
 * The seven parameter definitions of the member file, in this order: MEMBERS
 * (any vector layer or table, incl. CSV and spreadsheets without geometry),
 * HOUSEHOLD_POSTCODE, HOUSEHOLD_NUMBER, HOUSEHOLD_ADDITION (fields of
 * \a householdParameter), MEMBER_POSTCODE, MEMBER_NUMBER, MEMBER_ADDITION
 * (fields of MEMBERS). The field parameters are optional with the defaults
 * postcode / huisnummer / toevoeging (QGIS 3.22's qgis_process refuses a
 * required field parameter that was not given, default or not); MEMBERS is
 * optional when \a membersOptional. The caller adds them with addParameter(
 * definition.release() ).
 */
std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> memberFileParameters( const QString &householdParameter, bool membersOptional );

//! The four numeric outputs of a match (MEMBERS_READ, MEMBERS_MATCHED, MEMBERS_UNMATCHED, HOUSEHOLDS_WITH_MEMBERS); the caller adds them with addOutput( output.release() ).
std::vector<std::unique_ptr<QgsProcessingOutputDefinition>> memberResultOutputs();

struct MemberMatchSummary;
//! Puts the four numeric results of \a summary into \a results.
void insertMemberResults( QVariantMap &results, const MemberMatchSummary &summary );

//! HTML paragraphs on the member file: the parameters, how addresses are normalised and the matching rules (for shortHelpString()).
QString memberFileHelp();

//! The text of a reason, for logs ("no household has this postcode").
QString memberReasonText( engine::MatchReason reason );

//! What matching found, after MemberFile::finish(). Always read = matched + unmatched.
struct MemberMatchSummary
{
  long long read = 0;
  long long matched = 0;
  long long matchedByNumberOnly = 0; //!< of matched: by postcode + number alone
  long long unmatched = 0;
  long long householdsWithMembers = 0;
  long long householdsRead = 0;
  long long householdsWithoutAddress = 0;    //!< households whose address is unusable (never matched)
  long long duplicateHouseholdAddresses = 0; //!< member addresses that several households share
  //! Members per engine::MatchReason (indexed by its value).
  std::array<long long, engine::kMatchReasonCount> byReason{};
};

class MemberFile
{
public:
  /**
   * The member file of \a algorithm's parameters (memberFileParameters()), or
   * nullptr when MEMBERS is not given. Checks the six fields against MEMBERS
   * and \a householdFields (the households layer, named \a householdsDescription
   * in messages). Throws QgsProcessingException when MEMBERS cannot be loaded;
   * when a field is not in its layer (naming the layer, the field, the
   * parameter and the fields there are); when a postcode field is numeric
   * (a postcode has letters); when a number or addition field is neither
   * text nor a number; when MEMBERS has a field "unmatched_reason".
   * An addition parameter that was not given and whose default field
   * (toevoeging) the layer lacks means "no addition field", without error.
   */
  static std::unique_ptr<MemberFile> fromParameters( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context,
                                                     const QgsFields &householdFields, const QString &householdsDescription );
  ~MemberFile();

  //! The MEMBERS source (for its name, CRS and fields).
  QgsProcessingFeatureSource &source() const { return *mSource; }

  /**
   * Pass 1 over MEMBERS: their address keys (no geometry, three attributes).
   * Progress 0–100 on \a feedback. Returns false when canceled. Throws
   * QgsProcessingException when MEMBERS has no rows, or when no member has a
   * usable address (the message gives the reasons with their counts and
   * the first values, so that a wrong field choice shows).
   */
  bool readMembers( QgsProcessingFeedback *feedback );

  //! The households' attribute indexes that addHousehold() reads (for setSubsetOfAttributes()).
  QgsAttributeList householdAttributes() const;
  //! One household (with at least householdAttributes()), keyed by its feature id. After readMembers().
  void addHousehold( const QgsFeature &household );
  /**
   * Pass over the households: addHousehold() for each, reading only
   * householdAttributes() and no geometry. Progress 0–100 on \a feedback.
   * Returns false when canceled.
   */
  bool readHouseholds( QgsFeatureSource &households, QgsProcessingFeedback *feedback );

  /**
   * Decides every member and reports: an info line with the counts, one per
   * reason, warnings for unmatched members, households without a usable
   * address and duplicate household addresses. Throws QgsProcessingException
   * when no household has a usable address, or (an internal error) when
   * matched + unmatched differ from the members read.
   */
  const MemberMatchSummary &finish( QgsProcessingFeedback *feedback );
  const MemberMatchSummary &summary() const { return mSummary; }

  //! Members matched to the household with this feature id (0 when none). After finish().
  int membersAt( QgsFeatureId household ) const;

  //! The fields of the unmatched members' output: MEMBERS' fields, then unmatched_reason (a reason code).
  QgsFields unmatchedFields() const;
  //! Geometry type and CRS of that output: those of MEMBERS (NoGeometry for a table).
  compat::WkbType unmatchedWkbType() const;
  QgsCoordinateReferenceSystem unmatchedCrs() const;

  /**
   * Pass 2 over MEMBERS after finish(): writes every unmatched member, all its
   * attributes (and geometry, if any) plus its reason, to \a sink (made with
   * unmatchedFields(), unmatchedWkbType(), unmatchedCrs()). Progress 0–100.
   * Returns the number written (or -1 when canceled). Throws
   * QgsProcessingException when the sink refuses a row (naming
   * \a outputDescription), or when MEMBERS changed since pass 1.
   */
  long long writeUnmatched( QgsFeatureSink &sink, const QString &outputDescription, QgsProcessingFeedback *feedback );

private:
  MemberFile() = default;

  struct Side
  {
    int postcode = -1;
    int number = -1;
    int addition = -1; //!< -1: none
    bool numberNumeric = false;
    bool additionNumeric = false;
  };
  engine::KeyResult keyOf( const QgsAttributes &attributes, const Side &side ) const;

  std::unique_ptr<QgsProcessingFeatureSource> mSource;
  QString mMembersDescription;
  QString mHouseholdsDescription;
  QStringList mMemberFieldNames;    //!< postcode, number, addition ("" when none)
  QStringList mHouseholdFieldNames; //!< postcode, number, addition ("" when none)
  Side mMembers;
  Side mHouseholds;
  engine::MemberMatcher mMatcher;
  std::vector<QgsFeatureId> mMemberIds; //!< in reading order, to check pass 2
  MemberMatchSummary mSummary;
  bool mFinished = false;
};

} // namespace targetgroup
