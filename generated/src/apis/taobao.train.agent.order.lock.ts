// Generated from specs/train/taobao.train.agent.order.lock.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.agent.order.lock` (锁单). */
export interface TaobaoTrainAgentOrderLockRequest {
  /** 入参 */
  param: TaobaoTrainAgentOrderLockLockOrderRQInput;
}

/** Response of `taobao.train.agent.order.lock`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainAgentOrderLockResponse {
  /** rs */
  result?: TaobaoTrainAgentOrderLockTapResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LockOrderRQ` of `taobao.train.agent.order.lock`. */
export interface TaobaoTrainAgentOrderLockLockOrderRQInput {
  /** 票信息 */
  tickets: TaobaoTrainAgentOrderLockTicketDTOInput[];
  /** 主单号 */
  ttp_order_id: Int64Input;
}

/** `TicketDTO` of `taobao.train.agent.order.lock`. */
export interface TaobaoTrainAgentOrderLockTicketDTOInput {
  /** 出发站名称 */
  from_station_name: string;
  /** 中转站编码 */
  inter_change_station_telecode?: string;
  /** 中转站名称 */
  inter_change_station_name?: string;
  /** 车次编码 */
  train_code: string;
  /** 主单号 */
  ttp_order_id: Int64Input;
  /** 坐席编码 */
  seat_type_code: string;
  /** 座席名称 */
  seat_type_name: string;
  /** 真实票价 */
  real_ticket_price: Int64Input;
  /** 到达站名称 */
  to_station_name: string;
  /** 出发站编码 */
  from_station_telecode: string;
  /** 定制票类型(0:不指定坐席 1:下铺 2:下铺or中铺 3:过道 4:靠窗) */
  vip_custom_type?: Int64Input;
  /** 子单号 */
  sub_order_id: Int64Input;
  /** 车次日期 */
  train_date: string;
  /** 程ID */
  segment_id?: Int64Input;
  /** 出发时间 */
  from_time: string;
  /** 程 序号 */
  segment_index?: Int64Input;
  /** 座席号 */
  seat_no: string;
  /** 到达站编码 */
  to_station_telecode: string;
  /** 到达时间 */
  to_time: string;
  /** 12306订单号 */
  sequence_no?: string;
  /** 批次号 */
  batch_no?: string;
  /** 车厢号 */
  coach_no: string;
  /** 票类型（1 成人票 2 儿童 3 学生 4 残、军） */
  ticket_type_code: string;
}

/** `TapResult` of `taobao.train.agent.order.lock`. */
export interface TaobaoTrainAgentOrderLockTapResult {
  /** success */
  success?: boolean;
  /** 锁单rs */
  module?: TaobaoTrainAgentOrderLockLockOrderRS;
  /** 返回code */
  error_code?: Int64;
  /** 返回msg */
  error_msg?: string;
}

/** `LockOrderRS` of `taobao.train.agent.order.lock`. */
export interface TaobaoTrainAgentOrderLockLockOrderRS {
  /** 锁单最晚有效时间 */
  lock_last_time?: string;
  /** 票信息 */
  ticket_infos?: TaobaoTrainAgentOrderLockTicketInfoDTO[];
  /** 乘车人余留联系方式 */
  contact_mobile_no?: string;
}

/** `TicketInfoDTO` of `taobao.train.agent.order.lock`. */
export interface TaobaoTrainAgentOrderLockTicketInfoDTO {
  /** 乘车人姓名 */
  passenger_name?: string;
  /** 乘车人类型编码（1 成人 2 儿童 3 学生 4 残、军） */
  passenger_type_code?: string;
  /** 证件类型（1 身份证 C 港澳通行证 G 台胞证 B 护照） */
  certificate_type_code?: string;
  /** 证件号 */
  certificate_no?: string;
  /** ttp子单号 */
  ttp_sub_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  param: {
    tickets: [
      {
        from_station_name: 'String',
        inter_change_station_telecode: 'String',
        inter_change_station_name: 'String',
        train_code: 'String',
        ttp_order_id: 'Number',
        seat_type_code: 'String',
        seat_type_name: 'String',
        real_ticket_price: 'Number',
        to_station_name: 'String',
        from_station_telecode: 'String',
        vip_custom_type: 'Number',
        sub_order_id: 'Number',
        train_date: 'String',
        segment_id: 'Number',
        from_time: 'String',
        segment_index: 'Number',
        seat_no: 'String',
        to_station_telecode: 'String',
        to_time: 'String',
        sequence_no: 'String',
        batch_no: 'String',
        coach_no: 'String',
        ticket_type_code: 'String',
      },
    ],
    ttp_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      lock_last_time: 'String',
      ticket_infos: [
        {
          passenger_name: 'String',
          passenger_type_code: 'String',
          certificate_type_code: 'String',
          certificate_no: 'String',
          ttp_sub_order_id: 'Number',
        },
      ],
      contact_mobile_no: 'String',
    },
    error_code: 'Number',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.agent.order.lock`: method, response root, request and response schemas. */
export const taobaoTrainAgentOrderLockOperation = {
  method: 'taobao.train.agent.order.lock',
  responseRoot: 'train_agent_order_lock_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 锁单 — calls TOP method `taobao.train.agent.order.lock`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainAgentOrderLock(
  client: TopClient,
  request: TaobaoTrainAgentOrderLockRequest,
  options?: CallOptions,
): Promise<TaobaoTrainAgentOrderLockResponse> {
  return client.call<TaobaoTrainAgentOrderLockResponse>(
    {
      method: 'taobao.train.agent.order.lock',
      responseRoot: 'train_agent_order_lock_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
