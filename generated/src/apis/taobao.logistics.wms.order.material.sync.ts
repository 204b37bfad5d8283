// Generated from specs/logistic/taobao.logistics.wms.order.material.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.wms.order.material.sync` (仓服务商订单包材耗材信息同步). */
export interface TaobaoLogisticsWmsOrderMaterialSyncRequest {
  /** 包材耗材信息 */
  wms_material_request: TaobaoLogisticsWmsOrderMaterialSyncWmsMaterialRequestInput;
}

/** Response of `taobao.logistics.wms.order.material.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsWmsOrderMaterialSyncResponse {
  /** 校验成功或者异常 */
  suc?: boolean;
  /** 错误码描述 */
  biz_error_message?: string;
  /** 错误码标识 */
  biz_error_code?: string;
  /** 是否可重试 */
  retry?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WmsMaterialRequest` of `taobao.logistics.wms.order.material.sync`. */
export interface TaobaoLogisticsWmsOrderMaterialSyncWmsMaterialRequestInput {
  /** 订单类型 */
  order_type: string;
  /** 仓储系统出库单号 */
  order_id?: string;
  /** 货主编码 */
  owner_code: string;
  /** 1=包材; 2=耗材 */
  material_type: Int64Input;
  /** 出库单号 */
  order_code: string;
  /** 包裹明细 */
  packages: TaobaoLogisticsWmsOrderMaterialSyncWmsMaterialPackageDTOInput[];
  /** 仓库编码 */
  warehouse_code: string;
}

/** `WmsMaterialPackageDTO` of `taobao.logistics.wms.order.material.sync`. */
export interface TaobaoLogisticsWmsOrderMaterialSyncWmsMaterialPackageDTOInput {
  /** 包材信息 */
  materials?: TaobaoLogisticsWmsOrderMaterialSyncWmsMaterialDetailDTOInput[];
  /** 包裹编码 */
  package_code?: string;
  /** SF23434 */
  express_code: string;
  /** SF */
  logistics_code: string;
  /** 商品信息 */
  items?: TaobaoLogisticsWmsOrderMaterialSyncWmsMaterialPackageItemDTOInput[];
}

/** `WmsMaterialDetailDTO` of `taobao.logistics.wms.order.material.sync`. */
export interface TaobaoLogisticsWmsOrderMaterialSyncWmsMaterialDetailDTOInput {
  /** 包材名称 */
  material_name?: string;
  /** 包材使用数量 */
  material_num?: Int64Input;
  /** 包材编码 */
  material_code?: string;
}

/** `WmsMaterialPackageItemDTO` of `taobao.logistics.wms.order.material.sync`. */
export interface TaobaoLogisticsWmsOrderMaterialSyncWmsMaterialPackageItemDTOInput {
  /** 商品仓储系统编码 */
  item_id?: string;
  /** 货主编码 */
  owner_code?: string;
  /** 耗材信息 */
  materials?: TaobaoLogisticsWmsOrderMaterialSyncWmsMaterialDetailDTOInput[];
  /** 商品编码 */
  item_code?: string;
}

const REQUEST_SCHEMA = {
  wms_material_request: {
    order_type: 'String',
    order_id: 'String',
    owner_code: 'String',
    material_type: 'Number',
    order_code: 'String',
    packages: [
      {
        materials: [
          {
            material_name: 'String',
            material_num: 'Number',
            material_code: 'String',
          },
        ],
        package_code: 'String',
        express_code: 'String',
        logistics_code: 'String',
        items: [
          {
            item_id: 'String',
            owner_code: 'String',
            materials: [
              {
                material_name: 'String',
                material_num: 'Number',
                material_code: 'String',
              },
            ],
            item_code: 'String',
          },
        ],
      },
    ],
    warehouse_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suc: 'Boolean',
  biz_error_message: 'String',
  biz_error_code: 'String',
  retry: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.wms.order.material.sync`: method, response root, request and response schemas. */
export const taobaoLogisticsWmsOrderMaterialSyncOperation = {
  method: 'taobao.logistics.wms.order.material.sync',
  responseRoot: 'logistics_wms_order_material_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓服务商订单包材耗材信息同步 — calls TOP method `taobao.logistics.wms.order.material.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsWmsOrderMaterialSync(
  client: TopClient,
  request: TaobaoLogisticsWmsOrderMaterialSyncRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsWmsOrderMaterialSyncResponse> {
  return client.call<TaobaoLogisticsWmsOrderMaterialSyncResponse>(
    {
      method: 'taobao.logistics.wms.order.material.sync',
      responseRoot: 'logistics_wms_order_material_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
