// Generated from specs/flight/alitrip.agent.flight.sell.refund.approve.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.sell.refund.approve` (销售退票确认). */
export interface AlitripAgentFlightSellRefundApproveRequest {
  /** 入参 */
  param?: AlitripAgentFlightSellRefundApproveRefundApproveRequestDtoInput;
}

/** Response of `alitrip.agent.flight.sell.refund.approve`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightSellRefundApproveResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripAgentFlightSellRefundApproveResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundApproveRequestDto` of `alitrip.agent.flight.sell.refund.approve`. */
export interface AlitripAgentFlightSellRefundApproveRefundApproveRequestDtoInput {
  /** 申请单号,必填 */
  apply_id?: string;
  /** 国内国际标识:1:国内,2:国际 */
  domestic_intl?: Int64Input;
  /** 退票数据, 必填, */
  refund_list?: AlitripAgentFlightSellRefundApproveRefundListInput[];
  /** 交易币种: CNY:人民币, USD:美元, HKD:港元 */
  currency?: string;
}

/** `RefundList` of `alitrip.agent.flight.sell.refund.approve`. */
export interface AlitripAgentFlightSellRefundApproveRefundListInput {
  /** 乘客信息,必填 */
  passenger_name?: string;
  /** 退票费,必填,单位:分 */
  refund_fee?: Int64Input;
  /** 票号,必填 */
  tickets?: string[];
  /** 升舱手续费,改后退订单必填,单位:分 */
  refund_upgrade_fee?: Int64Input;
  /** 改期手续费,改后退订单必填,单位:分 */
  refund_modify_fee?: Int64Input;
  /** 退票航段 */
  refund_segments?: AlitripAgentFlightSellRefundApproveRefundSegmentsInput[];
  /** 乘客类型:1:成人, 2:儿童, 3:婴儿, 4:留学生 */
  passenger_type?: Int64Input;
}

/** `RefundSegments` of `alitrip.agent.flight.sell.refund.approve`. */
export interface AlitripAgentFlightSellRefundApproveRefundSegmentsInput {
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
  /** 航程序号 */
  od_index?: Int64Input;
}

/** `ResultDto` of `alitrip.agent.flight.sell.refund.approve`. */
export interface AlitripAgentFlightSellRefundApproveResultDto {
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
    refund_list: [
      {
        passenger_name: 'String',
        refund_fee: 'Number',
        tickets: ['String'],
        refund_upgrade_fee: 'Number',
        refund_modify_fee: 'Number',
        refund_segments: [
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
        passenger_type: 'Number',
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

/** Static description of `alitrip.agent.flight.sell.refund.approve`: method, response root, request and response schemas. */
export const alitripAgentFlightSellRefundApproveOperation = {
  method: 'alitrip.agent.flight.sell.refund.approve',
  responseRoot: 'alitrip_agent_flight_sell_refund_approve_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售退票确认 — calls TOP method `alitrip.agent.flight.sell.refund.approve`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightSellRefundApprove(
  client: TopClient,
  request: AlitripAgentFlightSellRefundApproveRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightSellRefundApproveResponse> {
  return client.call<AlitripAgentFlightSellRefundApproveResponse>(
    {
      method: 'alitrip.agent.flight.sell.refund.approve',
      responseRoot: 'alitrip_agent_flight_sell_refund_approve_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
