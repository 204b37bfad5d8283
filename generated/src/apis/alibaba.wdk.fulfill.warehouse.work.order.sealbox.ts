// Generated from specs/wdk/alibaba.wdk.fulfill.warehouse.work.order.sealbox.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.fulfill.warehouse.work.order.sealbox` (仓封箱回告). */
export interface AlibabaWdkFulfillWarehouseWorkOrderSealboxRequest {
  /** 同城交付物箱 */
  same_town_box: AlibabaWdkFulfillWarehouseWorkOrderSealboxSameTownBoxInput;
}

/** Response of `alibaba.wdk.fulfill.warehouse.work.order.sealbox`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkFulfillWarehouseWorkOrderSealboxResponse {
  /** 失败返回原因 */
  resp_message?: string;
  /** 成功失败码 */
  resp_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SameTownBox` of `alibaba.wdk.fulfill.warehouse.work.order.sealbox`. */
export interface AlibabaWdkFulfillWarehouseWorkOrderSealboxSameTownBoxInput {
  /** 同城包裹列表 */
  same_town_packages: AlibabaWdkFulfillWarehouseWorkOrderSealboxSametownpackagesInput[];
  /** 是否测试 1:测试 0:非测试 */
  is_test: string;
  /** 扩展信息 json格式 */
  attribute?: string;
  /** 箱号 */
  container_code: string;
  /** 箱类型 NORMAL:周转箱 COLD:冷链箱 NONE:原箱 */
  container_type: string;
  /** 箱号 */
  material_code?: string;
}

/** `Sametownpackages` of `alibaba.wdk.fulfill.warehouse.work.order.sealbox`. */
export interface AlibabaWdkFulfillWarehouseWorkOrderSealboxSametownpackagesInput {
  /** 货品列表 */
  sku_details: AlibabaWdkFulfillWarehouseWorkOrderSealboxSkudetailsInput[];
  /** 扩展信息 json格式 */
  attribute?: string;
  /** 是否测试 1:测试 0:非测试 */
  is_test: string;
  /** 同城令牌 即包裹码 */
  token_code: string;
  /** 仓编码 */
  warehouse_code: string;
  /** 作业单id */
  work_order_id: string;
  /** 履约单id */
  fulfill_order_id: string;
}

/** `Skudetails` of `alibaba.wdk.fulfill.warehouse.work.order.sealbox`. */
export interface AlibabaWdkFulfillWarehouseWorkOrderSealboxSkudetailsInput {
  /** 履约子单id */
  fulfill_sub_order_id: string;
  /** 货品编码 */
  sku_code: string;
}

const REQUEST_SCHEMA = {
  same_town_box: {
    same_town_packages: [
      {
        sku_details: [
          {
            fulfill_sub_order_id: 'String',
            sku_code: 'String',
          },
        ],
        attribute: 'String',
        is_test: 'String',
        token_code: 'String',
        warehouse_code: 'String',
        work_order_id: 'String',
        fulfill_order_id: 'String',
      },
    ],
    is_test: 'String',
    attribute: 'String',
    container_code: 'String',
    container_type: 'String',
    material_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_message: 'String',
  resp_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.fulfill.warehouse.work.order.sealbox`: method, response root, request and response schemas. */
export const alibabaWdkFulfillWarehouseWorkOrderSealboxOperation = {
  method: 'alibaba.wdk.fulfill.warehouse.work.order.sealbox',
  responseRoot: 'alibaba_wdk_fulfill_warehouse_work_order_sealbox_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓封箱回告 — calls TOP method `alibaba.wdk.fulfill.warehouse.work.order.sealbox`.
 *
 * 仓封箱回告箱与包裹的关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkFulfillWarehouseWorkOrderSealbox(
  client: TopClient,
  request: AlibabaWdkFulfillWarehouseWorkOrderSealboxRequest,
  options?: CallOptions,
): Promise<AlibabaWdkFulfillWarehouseWorkOrderSealboxResponse> {
  return client.call<AlibabaWdkFulfillWarehouseWorkOrderSealboxResponse>(
    {
      method: 'alibaba.wdk.fulfill.warehouse.work.order.sealbox',
      responseRoot: 'alibaba_wdk_fulfill_warehouse_work_order_sealbox_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
