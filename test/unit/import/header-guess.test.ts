import { describe, expect, it } from 'vitest';
import { fieldScores, guessColumns, headerWords } from '../../../shared/import/header-guess';

/** The field guessed for one header on its own, or null. */
const guessOne = (header: string) => guessColumns([header])[0]?.field ?? null;

describe('header words', () => {
  it('folds case, æ ø å (either spelling) and other accents into one form', () => {
    expect(headerWords('Øjenkontrol')).toEqual(headerWords('oejenkontrol'));
    expect(headerWords('Øjenkontrol')).toEqual(headerWords('OJENKONTROL'));
    expect(headerWords('Årsstatus')).toEqual(headerWords('aarsstatus'));
    expect(headerWords('Årsstatus')).toEqual(headerWords('Arsstatus'));
    expect(headerWords('Læge')).toEqual(['laege']);
    expect(headerWords('Rétinal')).toEqual(['retinal']);
    expect(headerWords('U-ALB/HbA1c.')).toEqual(['u', 'alb', 'hba1c']);
  });
});

describe('guessing one header', () => {
  it.each([
    ['Sidste øjenkontrol', 'eye_exam'],
    ['SIDSTE OEJENKONTROL', 'eye_exam'],
    ['sidste ojenkontrol', 'eye_exam'],
    ['Fodterapi seneste', 'foot_exam'],
    ['Tlf', 'phone'],
    ['Tlf nr', 'phone'],
    ['Aarsstatus', 'annual_check'],
    ['Seneste aarskontrol', 'annual_check'],
    ['Kønnet', null],
    ['Behandlingsmaal', 'hba1c_target'],
    ['Rygning', 'smoking'],
    ['Kommunalt rehabiliteringsforløb', 'rehab'],
  ])('%s → %s (Danish, accents folded, part of a word)', (header, field) => {
    expect(guessOne(header)).toBe(field);
  });

  it.each([
    ['Patient ID', 'cpr'],
    ['Civil registration number', 'cpr'],
    ['CPR number', 'cpr'],
    ['Name', 'name'],
    ['Full name', 'name'],
    ['Sex', 'sex'],
    ['Gender', 'sex'],
    ['GP', 'gp'],
    ['Doctor', 'gp'],
    ['GP name', 'gp'],
    ['Practice', 'practice'],
    ['Practice name', 'practice'],
    ['Diagnosis', 'diagnosis'],
    ['HbA1c date', 'hba1c_date'],
    ['Date of HbA1c', 'hba1c_date'],
    ['HbA1c target', 'hba1c_target'],
    ['Systolic BP', 'bp_systolic'],
    ['Systolic blood pressure', 'bp_systolic'],
    ['Diastolic BP', 'bp_diastolic'],
    ['Blood pressure', 'bp'],
    ['Urine albumin', 'ualb'],
    ['UACR', 'ualb'],
    ['Smoker', 'smoking'],
    ['Smoking status', 'smoking'],
    ['Statins', 'statin'],
    ['ACE inhibitor', 'ace_at2'],
    ['Annual review', 'annual_check'],
    ['Annual check', 'annual_check'],
    ['Eye exam', 'eye_exam'],
    ['Retinal screening', 'eye_exam'],
    ['Foot exam', 'foot_exam'],
    ['Rehabilitation', 'rehab'],
    ['Phone', 'phone'],
    ['Mobile', 'phone'],
  ])('%s → %s (English)', (header, field) => {
    expect(guessOne(header)).toBe(field);
  });

  it('takes short cues as whole words only: køn is not kontrol, fod is not fødsel', () => {
    expect(guessOne('Kontroldato')).toBeNull();
    expect(guessOne('Fødselsdato')).toBeNull();
    expect(guessOne('Bemærkninger')).toBeNull();
    expect(guessOne('Notes')).toBeNull();
  });

  it('guesses nothing when a header suggests two fields equally', () => {
    expect(fieldScores('BP/GP')).toEqual(new Map([['gp', 2], ['bp', 2]]));
    expect(guessOne('BP/GP')).toBeNull();
  });

  it('scores the more specific cue higher', () => {
    const scores = fieldScores('HbA1c date');
    expect(scores.get('hba1c_date')).toBeGreaterThan(scores.get('hba1c') ?? 0);
  });

  it('marks a guess as guessed and a synonym of the format as known', () => {
    expect(guessColumns(['Patient ID', 'Årskontrol'])).toEqual([
      { header: 'Patient ID', field: 'cpr', source: 'guessed' },
      { header: 'Årskontrol', field: 'annual_check', source: 'known' },
    ]);
  });
});

describe('guessing a whole header row', () => {
  it('never gives one field to two columns: the higher score wins', () => {
    // "Eye" scores 3, "Eye exam" 7.
    expect(guessColumns(['Eye', 'Eye exam']).map((guess) => guess.field)).toEqual([null, 'eye_exam']);
  });

  it('leaves a field unassigned when two columns tie for it', () => {
    expect(guessColumns(['Eye exam date', 'Eye exam result', 'Patient ID']).map((guess) => guess.field)).toEqual([null, null, 'cpr']);
  });

  it('does not guess a field a known header already holds', () => {
    expect(guessColumns(['Retinal screening', 'Øjenlægekontrol']).map((guess) => guess.field)).toEqual([null, 'eye_exam']);
  });

  it('keeps a known header as the format reads it, even where its words suggest another field', () => {
    // "Patient" is a synonym of name; its words alone would not make it a CPR column either way.
    expect(guessColumns(['Patient', 'Patient ID'])).toEqual([
      { header: 'Patient', field: 'name', source: 'known' },
      { header: 'Patient ID', field: 'cpr', source: 'guessed' },
    ]);
    // "Tlf." is known as phone; a "Mobile" column beside it gets nothing rather than phone twice.
    expect(guessColumns(['Tlf.', 'Mobile']).map((guess) => guess.field)).toEqual(['phone', null]);
  });

  it('reads a second known header for a field as nothing, as the importer does', () => {
    expect(guessColumns(['CPR', 'Personnummer']).map((guess) => guess.field)).toEqual(['cpr', null]);
  });

  it('guesses a whole English export', () => {
    const headers = [
      'Patient ID', 'Name', 'Gender', 'Practice', 'Doctor', 'Diagnosis', 'HbA1c (mmol/mol)', 'Date of HbA1c',
      'Systolic BP', 'Diastolic BP', 'Urine albumin', 'Smoking status', 'Statin', 'ACE inhibitor',
      'Annual review', 'Retinal screening', 'Foot exam', 'Rehabilitation', 'Mobile', 'Notes',
    ];
    expect(Object.fromEntries(guessColumns(headers).map((guess) => [guess.header, guess.field]))).toEqual({
      'Patient ID': 'cpr', Name: 'name', Gender: 'sex', Practice: 'practice', Doctor: 'gp', Diagnosis: 'diagnosis',
      'HbA1c (mmol/mol)': 'hba1c', 'Date of HbA1c': 'hba1c_date', 'Systolic BP': 'bp_systolic',
      'Diastolic BP': 'bp_diastolic', 'Urine albumin': 'ualb', 'Smoking status': 'smoking', Statin: 'statin',
      'ACE inhibitor': 'ace_at2', 'Annual review': 'annual_check', 'Retinal screening': 'eye_exam',
      'Foot exam': 'foot_exam', Rehabilitation: 'rehab', Mobile: 'phone', Notes: null,
    });
  });
});
