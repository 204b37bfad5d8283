// Generated from specs/icbulogistics/alibaba.onetouch.logistics.express.order.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.onetouch.logistics.express.order.detail.get` (订单详细信息(面单及仓库信息)). */
export interface AlibabaOnetouchLogisticsExpressOrderDetailGetRequest {
  /** 请求参数 */
  param_query: AlibabaOnetouchLogisticsExpressOrderDetailGetLogisticsOrderQueryDtoInput;
}

/** Response of `alibaba.onetouch.logistics.express.order.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOnetouchLogisticsExpressOrderDetailGetResponse {
  /** 接口返回model */
  result?: AlibabaOnetouchLogisticsExpressOrderDetailGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsOrderQueryDto` of `alibaba.onetouch.logistics.express.order.detail.get`. */
export interface AlibabaOnetouchLogisticsExpressOrderDetailGetLogisticsOrderQueryDtoInput {
  /** 物流单号 */
  order_number: string;
}

/** `Result` of `alibaba.onetouch.logistics.express.order.detail.get`. */
export interface AlibabaOnetouchLogisticsExpressOrderDetailGetResult {
  /** 返回结果编码 */
  error_code?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 结果数据 */
  data?: AlibabaOnetouchLogisticsExpressOrderDetailGetOrderDetailDto;
  /** 返回结果描述 */
  error_message?: string;
}

/** `OrderDetailDto` of `alibaba.onetouch.logistics.express.order.detail.get`. */
export interface AlibabaOnetouchLogisticsExpressOrderDetailGetOrderDetailDto {
  /** 仓库信息 */
  warehouse?: AlibabaOnetouchLogisticsExpressOrderDetailGetWarehouseDto;
  /** 条码Base64 */
  bar_code?: string;
  /** 物流订单号 */
  order_number?: string;
  /** 上门揽收信息 */
  pickup_info?: AlibabaOnetouchLogisticsExpressOrderDetailGetPickupInfoDto;
}

/** `WarehouseDto` of `alibaba.onetouch.logistics.express.order.detail.get`. */
export interface AlibabaOnetouchLogisticsExpressOrderDetailGetWarehouseDto {
  /** 备注 */
  description?: string;
  /** 工作时间 */
  working_time?: string;
  /** 联系电话 */
  contact_phone?: string;
  /** 联系人 */
  contact_person?: string;
  /** 地址 */
  address?: string;
  /** 仓库名称 */
  name?: string;
  /** 仓库编码 */
  code?: string;
}

/** `PickupInfoDto` of `alibaba.onetouch.logistics.express.order.detail.get`. */
export interface AlibabaOnetouchLogisticsExpressOrderDetailGetPickupInfoDto {
  /** 能否上门揽收 */
  can_pickup?: boolean;
  /** 上门揽收类型，warehouse_free_pickup：仓库免费上门揽收，warehouse_paid_pickup：仓库收费上门揽收，provider_paid_pickup：服务商收费上门揽收 */
  pickup_type?: string;
  /** 上门揽收类型名称 */
  pickup_type_name?: string;
  /** 上门揽收服务商 */
  service_provider?: string;
}

const REQUEST_SCHEMA = {
  param_query: {
    order_number: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    success: 'Boolean',
    data: {
      warehouse: {
        description: 'String',
        working_time: 'String',
        contact_phone: 'String',
        contact_person: 'String',
        address: 'String',
        name: 'String',
        code: 'String',
      },
      bar_code: 'String',
      order_number: 'String',
      pickup_info: {
        can_pickup: 'Boolean',
        pickup_type: 'String',
        pickup_type_name: 'String',
        service_provider: 'String',
      },
    },
    error_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.onetouch.logistics.express.order.detail.get`: method, response root, request and response schemas. */
export const alibabaOnetouchLogisticsExpressOrderDetailGetOperation = {
  method: 'alibaba.onetouch.logistics.express.order.detail.get',
  responseRoot: 'alibaba_onetouch_logistics_express_order_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单详细信息(面单及仓库信息) — calls TOP method `alibaba.onetouch.logistics.express.order.detail.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOnetouchLogisticsExpressOrderDetailGet(
  client: TopClient,
  request: AlibabaOnetouchLogisticsExpressOrderDetailGetRequest,
  options?: CallOptions,
): Promise<AlibabaOnetouchLogisticsExpressOrderDetailGetResponse> {
  return client.call<AlibabaOnetouchLogisticsExpressOrderDetailGetResponse>(
    {
      method: 'alibaba.onetouch.logistics.express.order.detail.get',
      responseRoot: 'alibaba_onetouch_logistics_express_order_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
