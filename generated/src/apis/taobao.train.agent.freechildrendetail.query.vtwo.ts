// Generated from specs/train/taobao.train.agent.freechildrendetail.query.vtwo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.freechildrendetail.query.vtwo` (免费儿童详情). */
export interface TaobaoTrainAgentFreechildrendetailQueryVtwoRequest {
  /** 请求参数 */
  free_children_ticket_detail_rq: TaobaoTrainAgentFreechildrendetailQueryVtwoFreeChildrenTicketDetailRQInput;
}

/** Response of `taobao.train.agent.freechildrendetail.query.vtwo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentFreechildrendetailQueryVtwoResponse {
  /** rs */
  result?: TaobaoTrainAgentFreechildrendetailQueryVtwoTapResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FreeChildrenTicketDetailRQ` of `taobao.train.agent.freechildrendetail.query.vtwo`. */
export interface TaobaoTrainAgentFreechildrendetailQueryVtwoFreeChildrenTicketDetailRQInput {
  /** 申请单号 */
  apply_no: Int64Input;
}

/** `TapResult` of `taobao.train.agent.freechildrendetail.query.vtwo`. */
export interface TaobaoTrainAgentFreechildrendetailQueryVtwoTapResult {
  /** 结果 */
  success?: boolean;
  /** 失败code */
  error_code?: Int64;
  /** 失败文案 */
  error_msg?: string;
  /** 返回信息 */
  module?: TaobaoTrainAgentFreechildrendetailQueryVtwoFreeChildrenTicketDetailRS;
}

/** `FreeChildrenTicketDetailRS` of `taobao.train.agent.freechildrendetail.query.vtwo`. */
export interface TaobaoTrainAgentFreechildrendetailQueryVtwoFreeChildrenTicketDetailRS {
  /** 火车信息 */
  train_info?: TaobaoTrainAgentFreechildrendetailQueryVtwoTrainInfo;
  /** 成人信息 */
  passenger_info?: TaobaoTrainAgentFreechildrendetailQueryVtwoPassengerInfo;
  /** 儿童信息 */
  free_children_passenger_info?: TaobaoTrainAgentFreechildrendetailQueryVtwoPassengerInfo;
  /** 操作类型 */
  operator_type?: Int64;
  /** 唯一标识 */
  apply_no?: string;
  /** 超时时间 */
  timeout?: string;
  /** 状态 */
  status?: Int64;
}

/** `TrainInfo` of `taobao.train.agent.freechildrendetail.query.vtwo`. */
export interface TaobaoTrainAgentFreechildrendetailQueryVtwoTrainInfo {
  /** 到达站 */
  train_to?: string;
  /** 出发站 */
  train_from?: string;
  /** 票号 */
  sequence_no?: string;
  /** 出发时间 */
  train_date?: string;
  /** 车次号 */
  train_no?: string;
  /** 坐席信息 */
  choose_seat?: string;
}

/** `PassengerInfo` of `taobao.train.agent.freechildrendetail.query.vtwo`. */
export interface TaobaoTrainAgentFreechildrendetailQueryVtwoPassengerInfo {
  /** 证件类型 */
  certificate_type_code?: string;
  /** 乘客 */
  passenger_name?: string;
  /** 证件号 */
  certificate_no?: string;
}

const REQUEST_SCHEMA = {
  free_children_ticket_detail_rq: {
    apply_no: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'Number',
    error_msg: 'String',
    module: {
      train_info: {
        train_to: 'String',
        train_from: 'String',
        sequence_no: 'String',
        train_date: 'String',
        train_no: 'String',
        choose_seat: 'String',
      },
      passenger_info: {
        certificate_type_code: 'String',
        passenger_name: 'String',
        certificate_no: 'String',
      },
      free_children_passenger_info: {
        certificate_type_code: 'String',
        passenger_name: 'String',
        certificate_no: 'String',
      },
      operator_type: 'Number',
      apply_no: 'String',
      timeout: 'String',
      status: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.freechildrendetail.query.vtwo`: method, response root, request and response schemas. */
export const taobaoTrainAgentFreechildrendetailQueryVtwoOperation = {
  method: 'taobao.train.agent.freechildrendetail.query.vtwo',
  responseRoot: 'train_agent_freechildrendetail_query_vtwo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 免费儿童详情 — calls TOP method `taobao.train.agent.freechildrendetail.query.vtwo`.
 *
 * 免费儿童列表详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentFreechildrendetailQueryVtwo(
  client: TopClient,
  request: TaobaoTrainAgentFreechildrendetailQueryVtwoRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentFreechildrendetailQueryVtwoResponse> {
  return client.call<TaobaoTrainAgentFreechildrendetailQueryVtwoResponse>(
    {
      method: 'taobao.train.agent.freechildrendetail.query.vtwo',
      responseRoot: 'train_agent_freechildrendetail_query_vtwo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
