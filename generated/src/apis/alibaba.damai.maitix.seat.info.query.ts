// Generated from specs/maitix/alibaba.damai.maitix.seat.info.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.seat.info.query` (分销商查询座位信息). */
export interface AlibabaDamaiMaitixSeatInfoQueryRequest {
  /** 入参 */
  seat_query_param: AlibabaDamaiMaitixSeatInfoQuerySeatQueryParamInput;
}

/** Response of `alibaba.damai.maitix.seat.info.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixSeatInfoQueryResponse {
  /** 返回信息 */
  result?: AlibabaDamaiMaitixSeatInfoQueryOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SeatQueryParam` of `alibaba.damai.maitix.seat.info.query`. */
export interface AlibabaDamaiMaitixSeatInfoQuerySeatQueryParamInput {
  /** 有条件必传-看台信息,如果传了下面的seat_info信息可以不传这个,否则必传 */
  stands?: AlibabaDamaiMaitixSeatInfoQueryStandQueryParamInput[];
  /** 必传-场次ID */
  perform_id?: Int64Input;
  /** 必传-项目ID */
  project_id?: Int64Input;
  /** 必传--token */
  token?: string;
  /** 必传-会话ID,必须和请求token接口传入的request_id一致.不是top接口返回的requestId */
  request_id?: string;
  /** 有条件必传-城市ID,如果传了下面的seat_info信息可以不传这个 */
  city_id?: Int64Input;
  /** 可选,选座信息,只需要把回调的seatInfoV2对应的json数据urlDecode后直接赋值给这个字段就行, */
  seat_info?: string;
}

/** `StandQueryParam` of `alibaba.damai.maitix.seat.info.query`. */
export interface AlibabaDamaiMaitixSeatInfoQueryStandQueryParamInput {
  /** 座位ID */
  seat_ids?: Int64Input[];
  /** 看台ID */
  stand_id?: Int64Input;
}

/** `OpenResult` of `alibaba.damai.maitix.seat.info.query`. */
export interface AlibabaDamaiMaitixSeatInfoQueryOpenResult {
  /** model */
  model?: AlibabaDamaiMaitixSeatInfoQuerySeatQueryDto;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

/** `SeatQueryDto` of `alibaba.damai.maitix.seat.info.query`. */
export interface AlibabaDamaiMaitixSeatInfoQuerySeatQueryDto {
  /** 单票座位信息 */
  ordinary_seat_d_t_o_s?: AlibabaDamaiMaitixSeatInfoQueryOrdinarySeatDto[];
  /** 座位状态，2有效 */
  seat_status?: Int64;
  /** 套票座位信息 */
  combine_seat_d_t_o_s?: AlibabaDamaiMaitixSeatInfoQueryCombineSeatDto[];
}

/** `OrdinarySeatDto` of `alibaba.damai.maitix.seat.info.query`. */
export interface AlibabaDamaiMaitixSeatInfoQueryOrdinarySeatDto {
  /** 座位号 */
  seat_no?: string;
  /** 排号 */
  row_no?: string;
  /** 楼层名称 */
  floor_name?: string;
  /** 看台名称 */
  stand_name?: string;
  /** 看台ID */
  stand_id?: Int64;
  /** 座位ID */
  seat_id?: Int64;
  /** 价格，单位分 */
  price?: string;
  /** 票品ID,价格id,和ticket_item_id等价 */
  price_id?: Int64;
}

/** `CombineSeatDto` of `alibaba.damai.maitix.seat.info.query`. */
export interface AlibabaDamaiMaitixSeatInfoQueryCombineSeatDto {
  /** 套票下的单票信息 */
  ordinary_tickets?: AlibabaDamaiMaitixSeatInfoQueryOrdinarySeatDto2[];
  /** 套票组合ID,和下单参数的combine_id一个意思 */
  third_combine_joint_ticket_id?: Int64;
  /** 套票ID,如果是套票。下单的时候传这个给ticket_item_id,和下面的combine_ticket_id一样 */
  third_combine_ticket_id?: Int64;
  /** 套票价格，单位为分 */
  combine_ticket_price?: string;
  /** 套票名称 */
  combine_ticket_name?: string;
  /** 套票ID,如果是套票。下单的时候传这个给ticket_item_id,和上面的third_combine_ticket_id一样 */
  combine_ticket_id?: Int64;
}

/** `OrdinarySeatDto` of `alibaba.damai.maitix.seat.info.query`. */
export interface AlibabaDamaiMaitixSeatInfoQueryOrdinarySeatDto2 {
  /** 票品ID,价格id,和ticket_item_id等价 */
  price_id?: Int64;
  /** 价格，单位分 */
  price?: string;
  /** 座位ID */
  seat_id?: Int64;
  /** 看台ID */
  stand_id?: Int64;
  /** 看台名称 */
  stand_name?: string;
  /** 楼层名称 */
  floor_name?: string;
  /** 排号 */
  row_no?: string;
  /** 座位号 */
  seat_no?: string;
}

const REQUEST_SCHEMA = {
  seat_query_param: {
    stands: [
      {
        seat_ids: ['Number'],
        stand_id: 'Number',
      },
    ],
    perform_id: 'Number',
    project_id: 'Number',
    token: 'String',
    request_id: 'String',
    city_id: 'Number',
    seat_info: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      ordinary_seat_d_t_o_s: [
        {
          seat_no: 'String',
          row_no: 'String',
          floor_name: 'String',
          stand_name: 'String',
          stand_id: 'Number',
          seat_id: 'Number',
          price: 'String',
          price_id: 'Number',
        },
      ],
      seat_status: 'Number',
      combine_seat_d_t_o_s: [
        {
          ordinary_tickets: [
            {
              price_id: 'Number',
              price: 'String',
              seat_id: 'Number',
              stand_id: 'Number',
              stand_name: 'String',
              floor_name: 'String',
              row_no: 'String',
              seat_no: 'String',
            },
          ],
          third_combine_joint_ticket_id: 'Number',
          third_combine_ticket_id: 'Number',
          combine_ticket_price: 'String',
          combine_ticket_name: 'String',
          combine_ticket_id: 'Number',
        },
      ],
    },
    error_code: 'String',
    success: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.seat.info.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixSeatInfoQueryOperation = {
  method: 'alibaba.damai.maitix.seat.info.query',
  responseRoot: 'alibaba_damai_maitix_seat_info_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销商查询座位信息 — calls TOP method `alibaba.damai.maitix.seat.info.query`.
 *
 * 分销查询座位文案信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixSeatInfoQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixSeatInfoQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixSeatInfoQueryResponse> {
  return client.call<AlibabaDamaiMaitixSeatInfoQueryResponse>(
    {
      method: 'alibaba.damai.maitix.seat.info.query',
      responseRoot: 'alibaba_damai_maitix_seat_info_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
