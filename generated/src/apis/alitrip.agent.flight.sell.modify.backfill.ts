// Generated from specs/flight/alitrip.agent.flight.sell.modify.backfill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.sell.modify.backfill` (销售改签回填). */
export interface AlitripAgentFlightSellModifyBackfillRequest {
  /** 入参 */
  param?: AlitripAgentFlightSellModifyBackfillModifyBackFillRequestDtoInput;
}

/** Response of `alitrip.agent.flight.sell.modify.backfill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightSellModifyBackfillResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripAgentFlightSellModifyBackfillResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ModifyBackFillRequestDto` of `alitrip.agent.flight.sell.modify.backfill`. */
export interface AlitripAgentFlightSellModifyBackfillModifyBackFillRequestDtoInput {
  /** 申请单号 */
  apply_id?: string;
  /** 国际国内标识:1:国内,2:国际 */
  domestic_intl?: Int64Input;
  /** 改签数据 */
  change_list?: AlitripAgentFlightSellModifyBackfillModifyItemDTOInput[];
  /** 币种 */
  currency?: string;
}

/** `ModifyItemDTO` of `alitrip.agent.flight.sell.modify.backfill`. */
export interface AlitripAgentFlightSellModifyBackfillModifyItemDTOInput {
  /** 乘客姓名 */
  passenger_name?: string;
  /** 票号 */
  ticket_nos?: string[];
  /** pnr */
  pnr?: string;
  /** 改签后行程 */
  after_change_segments?: AlitripAgentFlightSellModifyBackfillModifySegmentDTOInput[];
  /** 改签费用 */
  modify_fee?: Int64Input;
  /** 升舱费用 */
  upgrade_fee?: Int64Input;
  /** 改签前航段 */
  before_change_segments?: AlitripAgentFlightSellModifyBackfillModifyBeforeSegmentDTOInput[];
}

/** `ModifySegmentDTO` of `alitrip.agent.flight.sell.modify.backfill`. */
export interface AlitripAgentFlightSellModifyBackfillModifySegmentDTOInput {
  /** 舱等: F:头等舱, C:商务舱, Y:经济舱, S:超级经济舱, P:超值经济舱, M:标准经济舱, W:超级经济舱 */
  cabin_class?: string;
  /** 航班号 */
  flight_no?: string;
  /** 起飞时间 */
  dep_time?: DateInput;
  /** 到达城市 */
  arr_city?: string;
  /** 起飞城市 */
  dep_city?: string;
  /** 舱位 */
  cabin?: string;
  /** 航段序号 */
  segment_index?: Int64Input;
  /** 到达机场 */
  arr_airport?: string;
  /** 起飞机场 */
  dep_airport?: string;
  /** 到达时间 */
  arr_time?: DateInput;
  /** 航段序号 */
  od_index?: Int64Input;
}

/** `ModifyBeforeSegmentDTO` of `alitrip.agent.flight.sell.modify.backfill`. */
export interface AlitripAgentFlightSellModifyBackfillModifyBeforeSegmentDTOInput {
  /** 到达城市 */
  arr_city?: string;
  /** 出发城市 */
  dep_city?: string;
}

/** `ResultDto` of `alitrip.agent.flight.sell.modify.backfill`. */
export interface AlitripAgentFlightSellModifyBackfillResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 错误码:000:系统异常, 001:请求参数不合法, 002:权限不足, 003:操作失败, 004:流量管控 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param: {
    apply_id: 'String',
    domestic_intl: 'Number',
    change_list: [
      {
        passenger_name: 'String',
        ticket_nos: ['String'],
        pnr: 'String',
        after_change_segments: [
          {
            cabin_class: 'String',
            flight_no: 'String',
            dep_time: 'Date',
            arr_city: 'String',
            dep_city: 'String',
            cabin: 'String',
            segment_index: 'Number',
            arr_airport: 'String',
            dep_airport: 'String',
            arr_time: 'Date',
            od_index: 'Number',
          },
        ],
        modify_fee: 'Number',
        upgrade_fee: 'Number',
        before_change_segments: [
          {
            arr_city: 'String',
            dep_city: 'String',
          },
        ],
      },
    ],
    currency: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.flight.sell.modify.backfill`: method, response root, request and response schemas. */
export const alitripAgentFlightSellModifyBackfillOperation = {
  method: 'alitrip.agent.flight.sell.modify.backfill',
  responseRoot: 'alitrip_agent_flight_sell_modify_backfill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售改签回填 — calls TOP method `alitrip.agent.flight.sell.modify.backfill`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightSellModifyBackfill(
  client: TopClient,
  request: AlitripAgentFlightSellModifyBackfillRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightSellModifyBackfillResponse> {
  return client.call<AlitripAgentFlightSellModifyBackfillResponse>(
    {
      method: 'alitrip.agent.flight.sell.modify.backfill',
      responseRoot: 'alitrip_agent_flight_sell_modify_backfill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
