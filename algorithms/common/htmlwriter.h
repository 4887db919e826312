#pragma once
// The one HTML writer of the reports: a small document builder (page
// skeleton with the shared style sheet, headings, paragraphs, lists, tables,
// images) and the number formats every report uses. Every text handed to it
// is HTML-escaped, so a name from the data ("<script>", "A & B") reads as it
// is; numbers follow the user's locale (QLocale(): QGIS desktop sets it from
// its locale settings, qgis_process takes the system's, e.g. LC_ALL), so a
// Dutch QGIS reads "12,5%" and "9,6–14,4".

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace targetgroup::html
{

// --- text --------------------------------------------------------------------

//! \a text with <, >, & and " escaped.
QString escaped( const QString &text );
QString escaped( const std::string &text );

/**
 * The URL of \a targetPath as seen from the document at \a documentPath:
 * relative and percent-encoded ("maps/area%20map.png"), so a report and its
 * images travel together.
 */
QString relativeUrl( const QString &documentPath, const QString &targetPath );

// --- numbers: QLocale() everywhere, "–" for a missing value -------------------

//! The text of a missing value: an en dash.
QString missing();

//! Whole households: "1,234" (English), "1.234" (Dutch).
QString formatCount( long long value );

//! A number with fixed decimals; "–" when not finite.
QString formatNumber( double value, int decimals );

//! Decimals of an expected number of households: whole numbers from 10, one decimal below.
int expectedDecimals( double value );
//! An expected number of households with expectedDecimals(): "45", "4.8".
QString formatExpected( double value );
QString formatExpected( const std::optional<double> &value );

/**
 * The interval of an expected number of households, both bounds with the
 * decimals of \a estimate (or of \a low when there is no estimate):
 * "9.6–14.4", not "9.6–14". "–" when a bound is missing.
 */
QString formatExpectedInterval( const std::optional<double> &low, const std::optional<double> &high, const std::optional<double> &estimate );

//! A percentage: 12.5 -> "12.5%"; "–" when not finite.
QString formatPercent( double percent, int decimals = 1 );
//! A fraction (0..1) as a percentage: 0.125 -> "12.5%".
QString formatShare( double fraction, int decimals = 1 );
QString formatShare( const std::optional<double> &fraction, int decimals = 1 );

//! An index (100 = average), without decimals: "137".
QString formatIndex( double index );
QString formatIndex( const std::optional<double> &index );
//! An index interval: "80–120"; "–" when a bound is not finite.
QString formatIndexInterval( double low, double high );

// --- the document -------------------------------------------------------------

//! One table cell: text (left) or number (right-aligned), plain or bold.
class Cell
{
public:
  //! Text from anywhere, escaped when written.
  static Cell text( const QString &text );
  static Cell text( const std::string &text );
  //! A formatted number (formatCount(), formatShare()...), right-aligned.
  static Cell number( const QString &formattedNumber );
  //! A header cell at the start of a data row.
  static Cell header( const QString &text );
  //! Text that links to \a url (relative, see relativeUrl()); both escaped when written.
  static Cell link( const QString &text, const QString &url );

  //! The same cell in bold.
  Cell strong() const;

  QString toHtml() const;

private:
  enum class Kind
  {
    Text,
    Number,
    Header,
  };
  Cell( Kind kind, const QString &text )
      : mKind( kind ), mText( text ) {}
  Kind mKind = Kind::Text;
  QString mText;
  QString mUrl; //!< a link when not empty
  bool mStrong = false;
};

//! A table: an optional header row, then rows of cells.
class Table
{
public:
  //! \a headers: the header row (escaped); none when empty.
  explicit Table( const QStringList &headers = QStringList() );

  //! Appends a row; \a strong sets the whole row in bold.
  void addRow( const QList<Cell> &cells, bool strong = false );

  int rowCount() const { return mRowCount; }
  QString toHtml() const;

private:
  QString mHtml;
  int mRowCount = 0;
};

/**
 * An HTML page: plain HTML 5 without scripts, readable in a browser and in
 * QGIS's results viewer. Add the parts in reading order, then toHtml() or
 * write().
 */
class Document
{
public:
  //! A page titled \a title (escaped); its <h1> is the title too.
  explicit Document( const QString &title );

  //! A heading; \a level 2 for sections, 3 for subsections.
  void addHeading( int level, const QString &text );
  void addParagraph( const QString &text );
  void addList( const QStringList &items );
  void addTable( const Table &table );
  //! An image by URL (see relativeUrl()), shown \a width pixels wide, with alternative text.
  void addImage( const QString &url, int width, const QString &alternativeText );
  /**
   * Markup the caller built itself, such as an inline SVG chart: added as it
   * is. The caller escapes any data text in it with escaped().
   */
  void addMarkup( const QString &markup );

  QString toHtml() const;

  /**
   * Writes the page as UTF-8 to \a path, creating its folder; throws a
   * QgsProcessingException naming the path when it cannot.
   */
  void write( const QString &path ) const;

private:
  QString mTitle;
  QString mBody;
};

} // namespace targetgroup::html
