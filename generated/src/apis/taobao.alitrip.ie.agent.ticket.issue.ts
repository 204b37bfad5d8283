// Generated from specs/ieagency/taobao.alitrip.ie.agent.ticket.issue.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.ie.agent.ticket.issue` (【国际机票】手工出票). */
export interface TaobaoAlitripIeAgentTicketIssueRequest {
  /** 代理商id */
  agent_id?: Int64Input;
  /** 出票信息 */
  issue_ticket_v_o: TaobaoAlitripIeAgentTicketIssueIeIssueTicketVOInput;
}

/** Response of `taobao.alitrip.ie.agent.ticket.issue`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripIeAgentTicketIssueResponse {
  /** 回填票号是否成功，true:成功,false：失败 */
  ticket_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IeIssueTicketVO` of `taobao.alitrip.ie.agent.ticket.issue`. */
export interface TaobaoAlitripIeAgentTicketIssueIeIssueTicketVOInput {
  /** 预定订单id */
  book_order_id: Int64Input;
  /** 乘机人票信息 */
  passenger_ticket_vos?: TaobaoAlitripIeAgentTicketIssueIePassengerTicketVOInput[];
  /** 预定订单pnr信息 */
  update_pnr_vos?: TaobaoAlitripIeAgentTicketIssueIeBookPnrVoInput[];
  /** 订单备注 */
  memo?: string;
}

/** `IePassengerTicketVO` of `taobao.alitrip.ie.agent.ticket.issue`. */
export interface TaobaoAlitripIeAgentTicketIssueIePassengerTicketVOInput {
  /** 证件号码 */
  cert_no: string;
  /** 乘机人姓名（英文） */
  passenger_name?: string;
  /** 票号 */
  ticket_nos?: string[];
  /** 代理人pnr */
  cpnr?: string;
  /** 航空公司pnr */
  bpnr?: string;
  /** 出票渠道，可以填1E、1A、1S、1G、官网、其他 */
  channel?: string;
}

/** `IeBookPnrVo` of `taobao.alitrip.ie.agent.ticket.issue`. */
export interface TaobaoAlitripIeAgentTicketIssueIeBookPnrVoInput {
  /** pnr id */
  id?: Int64Input;
  /** pnr值 */
  pnr_no?: string;
  /** pnr类型 */
  pnr_type?: string;
}

const REQUEST_SCHEMA = {
  agent_id: 'Number',
  issue_ticket_v_o: {
    book_order_id: 'Number',
    passenger_ticket_vos: [
      {
        cert_no: 'String',
        passenger_name: 'String',
        ticket_nos: ['String'],
        cpnr: 'String',
        bpnr: 'String',
        channel: 'String',
      },
    ],
    update_pnr_vos: [
      {
        id: 'Number',
        pnr_no: 'String',
        pnr_type: 'String',
      },
    ],
    memo: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ticket_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.ie.agent.ticket.issue`: method, response root, request and response schemas. */
export const taobaoAlitripIeAgentTicketIssueOperation = {
  method: 'taobao.alitrip.ie.agent.ticket.issue',
  responseRoot: 'alitrip_ie_agent_ticket_issue_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票】手工出票 — calls TOP method `taobao.alitrip.ie.agent.ticket.issue`.
 *
 * 代理商手工出票，并回填票号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripIeAgentTicketIssue(
  client: TopClient,
  request: TaobaoAlitripIeAgentTicketIssueRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripIeAgentTicketIssueResponse> {
  return client.call<TaobaoAlitripIeAgentTicketIssueResponse>(
    {
      method: 'taobao.alitrip.ie.agent.ticket.issue',
      responseRoot: 'alitrip_ie_agent_ticket_issue_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
