// Generated from specs/auction/taobao.auction.vehicle.report.recieve.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.auction.vehicle.report.recieve` (机动车报告回调数据接收). */
export interface TaobaoAuctionVehicleReportRecieveRequest {
  /** 拍品id */
  item_id: Int64Input;
  /** 机动车报告数据 */
  vehicle_test_report_dto: TaobaoAuctionVehicleReportRecieveVehicleTestReportDTOInput;
}

/** Response of `taobao.auction.vehicle.report.recieve`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAuctionVehicleReportRecieveResponse {
  /** 请求返回对象 */
  result?: TaobaoAuctionVehicleReportRecieveResult4Top;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VehicleTestReportDTO` of `taobao.auction.vehicle.report.recieve`. */
export interface TaobaoAuctionVehicleReportRecieveVehicleTestReportDTOInput {
  /** 复核vin码 */
  review_vin?: string;
  /** 时间戳 */
  datestamp: Int64Input;
  /** 是否有生成报告，true 有，false 未生成 */
  has_report: boolean;
  /** 原始vin码（拍卖传的vin码，没传返回空） */
  origin_vin?: string;
  /** 机动车报告地址链接 */
  report_url?: string;
  /** 机动车机构化属性，json格式 */
  attribute?: string;
}

/** `Result4Top` of `taobao.auction.vehicle.report.recieve`. */
export interface TaobaoAuctionVehicleReportRecieveResult4Top {
  /** 错误码 */
  error_code?: string;
  /** 数据接收成功为true，失败false */
  value?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 表示接口请求成功或失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  vehicle_test_report_dto: {
    review_vin: 'String',
    datestamp: 'Number',
    has_report: 'Boolean',
    origin_vin: 'String',
    report_url: 'String',
    attribute: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    value: 'Boolean',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.auction.vehicle.report.recieve`: method, response root, request and response schemas. */
export const taobaoAuctionVehicleReportRecieveOperation = {
  method: 'taobao.auction.vehicle.report.recieve',
  responseRoot: 'auction_vehicle_report_recieve_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机动车报告回调数据接收 — calls TOP method `taobao.auction.vehicle.report.recieve`.
 *
 * 机动车报告同步接收接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAuctionVehicleReportRecieve(
  client: TopClient,
  request: TaobaoAuctionVehicleReportRecieveRequest,
  options?: CallOptions,
): Promise<TaobaoAuctionVehicleReportRecieveResponse> {
  return client.call<TaobaoAuctionVehicleReportRecieveResponse>(
    {
      method: 'taobao.auction.vehicle.report.recieve',
      responseRoot: 'auction_vehicle_report_recieve_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
