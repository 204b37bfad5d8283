// Generated from specs/train/taobao.train.agent.changeissue.confirm.vtwo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.changeissue.confirm.vtwo` (火车票代理商接口-跑腿改签出票回填-含鉴权校验). */
export interface TaobaoTrainAgentChangeissueConfirmVtwoRequest {
  /** 改签出票回填入参rq */
  change_issue_rq: TaobaoTrainAgentChangeissueConfirmVtwoChangeIssueRQInput;
}

/** Response of `taobao.train.agent.changeissue.confirm.vtwo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentChangeissueConfirmVtwoResponse {
  /** 出票回填结果 */
  is_success?: boolean;
  /** 回填失败原因 */
  fail_message?: string;
  /** 回填失败code */
  fail_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChangeIssueRQ` of `taobao.train.agent.changeissue.confirm.vtwo`. */
export interface TaobaoTrainAgentChangeissueConfirmVtwoChangeIssueRQInput {
  /** 改签失败出票回填code */
  issue_fail_code?: Int64Input;
  /** 代理商id */
  agent_id?: Int64Input;
  /** 改签票出发站 */
  change_from_station?: string;
  /** 改签申请单id */
  change_apply_id?: Int64Input;
  /** 改签结算方式 0现金 1电子 */
  change_settlement_mode?: Int64Input;
  /** 淘宝主单单号 */
  tp_order_id?: Int64Input;
  /** 支付宝交易流水号 */
  alipay_trade_no?: string;
  /** ttp单号 */
  ttp_order_id?: Int64Input;
  /** 支付宝账号 */
  alipay_account?: string;
  /** 改签票到达站 */
  change_to_station?: string;
  /** 出票状态 1成功 2失败 */
  issue_status: Int64Input;
  /** 改签票123N6订单号 */
  sequence_no?: string;
  /** 改签票发车时间 */
  change_from_date_time?: string;
  /** 改签票到达时间 */
  change_to_date_time?: string;
  /** 改签票发车日期 */
  change_train_date?: string;
  /** 改签票车次号 */
  change_train_code?: string;
  /** 改签票信息列表 */
  change_tickets?: TaobaoTrainAgentChangeissueConfirmVtwoChangeTicketDTOInput[];
  /** 改签出票失败msg */
  issue_fail_msg?: string;
}

/** `ChangeTicketDTO` of `taobao.train.agent.changeissue.confirm.vtwo`. */
export interface TaobaoTrainAgentChangeissueConfirmVtwoChangeTicketDTOInput {
  /** 改签票坐席类型名 */
  change_seat_type_name?: string;
  /** 改签申请单id */
  change_apply_id?: Int64Input;
  /** 改签手续费，单位分 */
  handing_fee?: Int64Input;
  /** 改签票坐席类型code */
  change_seat_type_code?: string;
  /** 改签票坐席号 */
  change_seat_no?: string;
  /** 子单单号 */
  sub_order_id?: Int64Input;
  /** 改签票车厢号 */
  change_coach_no?: string;
  /** 票类型code */
  ticket_type_code?: string;
  /** 改签票车厢名 */
  change_coach_name?: string;
  /** 票类型名称 */
  ticket_type_name?: string;
  /** 改签票票价，单位分 */
  change_ticket_price?: string;
}

const REQUEST_SCHEMA = {
  change_issue_rq: {
    issue_fail_code: 'Number',
    agent_id: 'Number',
    change_from_station: 'String',
    change_apply_id: 'Number',
    change_settlement_mode: 'Number',
    tp_order_id: 'Number',
    alipay_trade_no: 'String',
    ttp_order_id: 'Number',
    alipay_account: 'String',
    change_to_station: 'String',
    issue_status: 'Number',
    sequence_no: 'String',
    change_from_date_time: 'String',
    change_to_date_time: 'String',
    change_train_date: 'String',
    change_train_code: 'String',
    change_tickets: [
      {
        change_seat_type_name: 'String',
        change_apply_id: 'Number',
        handing_fee: 'Number',
        change_seat_type_code: 'String',
        change_seat_no: 'String',
        sub_order_id: 'Number',
        change_coach_no: 'String',
        ticket_type_code: 'String',
        change_coach_name: 'String',
        ticket_type_name: 'String',
        change_ticket_price: 'String',
      },
    ],
    issue_fail_msg: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  fail_message: 'String',
  fail_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.changeissue.confirm.vtwo`: method, response root, request and response schemas. */
export const taobaoTrainAgentChangeissueConfirmVtwoOperation = {
  method: 'taobao.train.agent.changeissue.confirm.vtwo',
  responseRoot: 'train_agent_changeissue_confirm_vtwo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 火车票代理商接口-跑腿改签出票回填-含鉴权校验 — calls TOP method `taobao.train.agent.changeissue.confirm.vtwo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentChangeissueConfirmVtwo(
  client: TopClient,
  request: TaobaoTrainAgentChangeissueConfirmVtwoRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentChangeissueConfirmVtwoResponse> {
  return client.call<TaobaoTrainAgentChangeissueConfirmVtwoResponse>(
    {
      method: 'taobao.train.agent.changeissue.confirm.vtwo',
      responseRoot: 'train_agent_changeissue_confirm_vtwo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
