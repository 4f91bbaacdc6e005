/**
 * Records for learning from peers (issue 10): regional dialogues and their meetings, programmes whose
 * projects share common indicators, and the good-practice library of closed projects. Who may record
 * and read what is written down in DD034.
 */
package org.citycoop.peerlearning;
