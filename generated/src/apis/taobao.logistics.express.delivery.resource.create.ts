// Generated from specs/ascp/taobao.logistics.express.delivery.resource.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.delivery.resource.create` (新建/更新配资源). */
export interface TaobaoLogisticsExpressDeliveryResourceCreateRequest {
  /** 配资源 */
  delivery_resource_create_request: TaobaoLogisticsExpressDeliveryResourceCreateDeliveryResourceCreateRequestInput;
}

/** Response of `taobao.logistics.express.delivery.resource.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressDeliveryResourceCreateResponse {
  /** 返回值 */
  delivery_resource_create_response?: TaobaoLogisticsExpressDeliveryResourceCreateDeliveryResourceCreateResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryResourceCreateRequest` of `taobao.logistics.express.delivery.resource.create`. */
export interface TaobaoLogisticsExpressDeliveryResourceCreateDeliveryResourceCreateRequestInput {
  /** 时间戳(毫秒级) */
  request_time: Int64Input;
  /** 幂等ID */
  request_id: string;
  /** 服务商ID */
  supplier_id: string;
  /** 配品牌名称（资源名称） */
  delivery_name: string;
  /** 配资源类型，枚举： 20：快递 10：即时配 */
  delivery_type: Int64Input;
  /** 配品牌 */
  brand_code: string;
  /** 服务商配资源唯一编码 */
  delivery_code: string;
  /** 平台快递资源 */
  platform_code: string;
  /** 联系人姓名 */
  con_name: string;
  /** 联系人电话 */
  con_phone: string;
}

/** `DeliveryResourceCreateResponse` of `taobao.logistics.express.delivery.resource.create`. */
export interface TaobaoLogisticsExpressDeliveryResourceCreateDeliveryResourceCreateResponse {
  /** 系统成功失败 true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  delivery_resource_create_request: {
    request_time: 'Number',
    request_id: 'String',
    supplier_id: 'String',
    delivery_name: 'String',
    delivery_type: 'Number',
    brand_code: 'String',
    delivery_code: 'String',
    platform_code: 'String',
    con_name: 'String',
    con_phone: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  delivery_resource_create_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.delivery.resource.create`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressDeliveryResourceCreateOperation = {
  method: 'taobao.logistics.express.delivery.resource.create',
  responseRoot: 'logistics_express_delivery_resource_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新建/更新配资源 — calls TOP method `taobao.logistics.express.delivery.resource.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressDeliveryResourceCreate(
  client: TopClient,
  request: TaobaoLogisticsExpressDeliveryResourceCreateRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressDeliveryResourceCreateResponse> {
  return client.call<TaobaoLogisticsExpressDeliveryResourceCreateResponse>(
    {
      method: 'taobao.logistics.express.delivery.resource.create',
      responseRoot: 'logistics_express_delivery_resource_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
