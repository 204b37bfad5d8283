// Generated from specs/ascpchannel/alibaba.ascp.aic.supplier.aicinventory.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.aic.supplier.aicinventory.publish` (商家仓操作aic库存发布服务). */
export interface AlibabaAscpAicSupplierAicinventoryPublishRequest {
  /** 库存发布请求参数 */
  aic_inventory_publish_request: AlibabaAscpAicSupplierAicinventoryPublishAicinventorypublishrequestInput;
}

/** Response of `alibaba.ascp.aic.supplier.aicinventory.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpAicSupplierAicinventoryPublishResponse {
  /** 返回值包装,result为返回具体消息内容 */
  aic_inventory_publish_response?: AlibabaAscpAicSupplierAicinventoryPublishResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Aicinventorypublishrequest` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishAicinventorypublishrequestInput {
  /** 库存发布请求参数 */
  inventory_main_operation: AlibabaAscpAicSupplierAicinventoryPublishInventorymainoperationInput[];
}

/** `Inventorymainoperation` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishInventorymainoperationInput {
  /** 子单操作明细 */
  detail_operation_list: AlibabaAscpAicSupplierAicinventoryPublishDetailoperationlistInput[];
  /** 操作主单 */
  main_order: AlibabaAscpAicSupplierAicinventoryPublishMainorderInput;
}

/** `Detailoperationlist` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishDetailoperationlistInput {
  /** 位置信息 */
  location: AlibabaAscpAicSupplierAicinventoryPublishLocationInput;
  /** 货品信息 */
  item?: AlibabaAscpAicSupplierAicinventoryPublishItemInput;
  /** 库存行操作明细 */
  inventory_line_list: AlibabaAscpAicSupplierAicinventoryPublishInventorylinelistInput[];
  /** 操作子单 */
  detail_order: AlibabaAscpAicSupplierAicinventoryPublishDetailorderInput;
  /** 附加信息 */
  additional_info: AlibabaAscpAicSupplierAicinventoryPublishAdditionalinfoInput;
}

/** `Location` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishLocationInput {
  /** 仓库编码 */
  store_code: string;
}

/** `Item` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishItemInput {
  /** 后端货品 ID */
  sc_item_id?: Int64Input;
  /** 商家编码字段 */
  outer_id?: string;
}

/** `Inventorylinelist` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishInventorylinelistInput {
  /** 在库库存操作行对象 */
  inventory_line: AlibabaAscpAicSupplierAicinventoryPublishInventorylineInput;
}

/** `Inventoryline` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishInventorylineInput {
  /** 库存数量 */
  quantity: Int64Input;
}

/** `Detailorder` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishDetailorderInput {
  /** 实际操作子单id(例如:ICP子单,,UDP子单) */
  operation_detail_order_id: string;
}

/** `Additionalinfo` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishAdditionalinfoInput {
  /** 附加熟悉字段 */
  attribute: AlibabaAscpAicSupplierAicinventoryPublishAttributeInput;
}

/** `Attribute` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishAttributeInput {
  /** 供应商id */
  supplier_id: string;
  /** FULLAMOUNT:全量模式；INCREMENT:增量模式 */
  inv_operate_mode?: string;
}

/** `Mainorder` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishMainorderInput {
  /** 操作id */
  operation_order_id: string;
  /** 商家Uic_id */
  user_id: Int64Input;
}

/** `ResultWrapper` of `alibaba.ascp.aic.supplier.aicinventory.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryPublishResultWrapper {
  /** 返回是否成功 */
  success?: boolean;
  /** 错误原因 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  aic_inventory_publish_request: {
    inventory_main_operation: [
      {
        detail_operation_list: [
          {
            location: {
              store_code: 'String',
            },
            item: {
              sc_item_id: 'Number',
              outer_id: 'String',
            },
            inventory_line_list: [
              {
                inventory_line: {
                  quantity: 'Number',
                },
              },
            ],
            detail_order: {
              operation_detail_order_id: 'String',
            },
            additional_info: {
              attribute: {
                supplier_id: 'String',
                inv_operate_mode: 'String',
              },
            },
          },
        ],
        main_order: {
          operation_order_id: 'String',
          user_id: 'Number',
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  aic_inventory_publish_response: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.aic.supplier.aicinventory.publish`: method, response root, request and response schemas. */
export const alibabaAscpAicSupplierAicinventoryPublishOperation = {
  method: 'alibaba.ascp.aic.supplier.aicinventory.publish',
  responseRoot: 'alibaba_ascp_aic_supplier_aicinventory_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家仓操作aic库存发布服务 — calls TOP method `alibaba.ascp.aic.supplier.aicinventory.publish`.
 *
 * 商家调用这个接口来发布增加库存数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpAicSupplierAicinventoryPublish(
  client: TopClient,
  request: AlibabaAscpAicSupplierAicinventoryPublishRequest,
  options?: CallOptions,
): Promise<AlibabaAscpAicSupplierAicinventoryPublishResponse> {
  return client.call<AlibabaAscpAicSupplierAicinventoryPublishResponse>(
    {
      method: 'alibaba.ascp.aic.supplier.aicinventory.publish',
      responseRoot: 'alibaba_ascp_aic_supplier_aicinventory_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
