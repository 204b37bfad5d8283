// Generated from specs/perfect/alibaba.tcwms.outbound.load.container.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcwms.outbound.load.container.receive` (装箱接单). */
export interface AlibabaTcwmsOutboundLoadContainerReceiveRequest {
  /** 参数 */
  load_receive_request: AlibabaTcwmsOutboundLoadContainerReceiveLoadReceiveRequestInput;
}

/** Response of `alibaba.tcwms.outbound.load.container.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTcwmsOutboundLoadContainerReceiveResponse {
  /** 参数 */
  result?: AlibabaTcwmsOutboundLoadContainerReceiveLoadReceiveResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LoadReceiveRequest` of `alibaba.tcwms.outbound.load.container.receive`. */
export interface AlibabaTcwmsOutboundLoadContainerReceiveLoadReceiveRequestInput {
  /** 装箱单 */
  container_orders: AlibabaTcwmsOutboundLoadContainerReceiveLoadContainerOrderRequestInput[];
  /** 操作时间 */
  operate_time: DateInput;
  /** 扩展 */
  attributes?: string;
  /** 操作人 */
  operator_code: string;
  /** 仓code */
  warehouse_code: string;
}

/** `LoadContainerOrderRequest` of `alibaba.tcwms.outbound.load.container.receive`. */
export interface AlibabaTcwmsOutboundLoadContainerReceiveLoadContainerOrderRequestInput {
  /** 装箱单 */
  container_order_code: string;
  /** 箱单类型，NORMAL_BOX(正常箱)，OUTER_BOX(箱外件)，IRREGULAR_BOX(异形件) */
  container_order_type: string;
  /** 扩展 */
  attributes?: string;
  /** 周转箱号 */
  container_code: string;
  /** 包裹 */
  packages: AlibabaTcwmsOutboundLoadContainerReceiveLoadPackageOrderRequestInput[];
  /** 站点 */
  station_code: string;
  /** 站点名称 */
  station_name?: string;
}

/** `LoadPackageOrderRequest` of `alibaba.tcwms.outbound.load.container.receive`. */
export interface AlibabaTcwmsOutboundLoadContainerReceiveLoadPackageOrderRequestInput {
  /** 包裹明细 */
  package_details: AlibabaTcwmsOutboundLoadContainerReceiveLoadPackageOrderDetailRequestInput[];
  /** 令牌号 */
  package_code: string;
  /** 出库单 */
  outbound_order_code: string;
  /** 包裹单号，没有默认使用包裹号，即令牌号 */
  package_order_code?: string;
  /** 扩展 */
  attributes?: string;
}

/** `LoadPackageOrderDetailRequest` of `alibaba.tcwms.outbound.load.container.receive`. */
export interface AlibabaTcwmsOutboundLoadContainerReceiveLoadPackageOrderDetailRequestInput {
  /** 销量数量 */
  sales_quantity?: string;
  /** 货品 */
  item_code: string;
  /** 销量单位 */
  sales_unit?: string;
  /** 库存数量 */
  stock_quantity: string;
  /** 扩展 */
  attributes?: string;
  /** 出库子单 */
  outbound_order_detail_code: string;
  /** 库存单位 */
  stock_unit: string;
}

/** `LoadReceiveResponse` of `alibaba.tcwms.outbound.load.container.receive`. */
export interface AlibabaTcwmsOutboundLoadContainerReceiveLoadReceiveResponse {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 成功标记 */
  success?: string;
}

const REQUEST_SCHEMA = {
  load_receive_request: {
    container_orders: [
      {
        container_order_code: 'String',
        container_order_type: 'String',
        attributes: 'String',
        container_code: 'String',
        packages: [
          {
            package_details: [
              {
                sales_quantity: 'String',
                item_code: 'String',
                sales_unit: 'String',
                stock_quantity: 'String',
                attributes: 'String',
                outbound_order_detail_code: 'String',
                stock_unit: 'String',
              },
            ],
            package_code: 'String',
            outbound_order_code: 'String',
            package_order_code: 'String',
            attributes: 'String',
          },
        ],
        station_code: 'String',
        station_name: 'String',
      },
    ],
    operate_time: 'Date',
    attributes: 'String',
    operator_code: 'String',
    warehouse_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_message: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcwms.outbound.load.container.receive`: method, response root, request and response schemas. */
export const alibabaTcwmsOutboundLoadContainerReceiveOperation = {
  method: 'alibaba.tcwms.outbound.load.container.receive',
  responseRoot: 'alibaba_tcwms_outbound_load_container_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 装箱接单 — calls TOP method `alibaba.tcwms.outbound.load.container.receive`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTcwmsOutboundLoadContainerReceive(
  client: TopClient,
  request: AlibabaTcwmsOutboundLoadContainerReceiveRequest,
  options?: CallOptions,
): Promise<AlibabaTcwmsOutboundLoadContainerReceiveResponse> {
  return client.call<AlibabaTcwmsOutboundLoadContainerReceiveResponse>(
    {
      method: 'alibaba.tcwms.outbound.load.container.receive',
      responseRoot: 'alibaba_tcwms_outbound_load_container_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
