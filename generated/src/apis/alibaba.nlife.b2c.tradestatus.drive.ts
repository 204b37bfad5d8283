// Generated from specs/nlife/alibaba.nlife.b2c.tradestatus.drive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nlife.b2c.tradestatus.drive` (b2c订单状态驱动). */
export interface AlibabaNlifeB2cTradestatusDriveRequest {
  /** 零售门店在零售+平台的ID */
  store_id: string;
  /** APP:是指线上销售应用，POS:是指现场收银应用 */
  channel: string;
  /** 对零售+为外部订单号，对业务方为订单号 */
  out_trade_no?: string;
  /** 零售+平台订单号，和out_trade_no不能同时为空 */
  trade_no?: string;
  /** 接口类型：CONFIRM（收货）DELIVER（发货） */
  action?: string;
  /** 货流信息 */
  logistics_info?: AlibabaNlifeB2cTradestatusDriveLogisticsInfoInput;
  /** 扩展参数 JSON格式 */
  extend_params?: string;
}

/** Response of `alibaba.nlife.b2c.tradestatus.drive`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNlifeB2cTradestatusDriveResponse {
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsInfo` of `alibaba.nlife.b2c.tradestatus.drive`. */
export interface AlibabaNlifeB2cTradestatusDriveLogisticsInfoInput {
  /** 收货人 */
  receiver?: string;
  /** 收货地址 */
  address?: string;
  /** 收货人联系电话 */
  phone_no?: string;
  /** 货流详细信息 */
  logistics_info_details?: AlibabaNlifeB2cTradestatusDriveLogisticsInfoDetailInput[];
}

/** `LogisticsInfoDetail` of `alibaba.nlife.b2c.tradestatus.drive`. */
export interface AlibabaNlifeB2cTradestatusDriveLogisticsInfoDetailInput {
  /** 商品列表：[“货码:数量”]，码可以是条形码(sku级别)也可以是零售加唯一码(货级别)、零售+ itemId+"_"+skuId，唯一码数量一定是1 */
  goods_ids?: string[];
  /** 物流单号 */
  logistics_no?: string;
  /** 物流公司名 */
  logistics_company?: string;
  /** 发货时间 */
  deliver_time?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'String',
  channel: 'String',
  out_trade_no: 'String',
  trade_no: 'String',
  action: 'String',
  logistics_info: {
    receiver: 'String',
    address: 'String',
    phone_no: 'String',
    logistics_info_details: [
      {
        goods_ids: ['String'],
        logistics_no: 'String',
        logistics_company: 'String',
        deliver_time: 'String',
      },
    ],
  },
  extend_params: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {} as const satisfies ObjectSchema;

/** Static description of `alibaba.nlife.b2c.tradestatus.drive`: method, response root, request and response schemas. */
export const alibabaNlifeB2cTradestatusDriveOperation = {
  method: 'alibaba.nlife.b2c.tradestatus.drive',
  responseRoot: 'alibaba_nlife_b2c_tradestatus_drive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * b2c订单状态驱动 — calls TOP method `alibaba.nlife.b2c.tradestatus.drive`.
 *
 * 用于驱动零售+订单状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNlifeB2cTradestatusDrive(
  client: TopClient,
  request: AlibabaNlifeB2cTradestatusDriveRequest,
  options?: CallOptions,
): Promise<AlibabaNlifeB2cTradestatusDriveResponse> {
  return client.call<AlibabaNlifeB2cTradestatusDriveResponse>(
    {
      method: 'alibaba.nlife.b2c.tradestatus.drive',
      responseRoot: 'alibaba_nlife_b2c_tradestatus_drive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
