// Generated from specs/ascpchannel/alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish` (AIC负卖库存新增和修改接口). */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishRequest {
  /** 入参 */
  future_inventory_main_operation_quest?: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishFutureinventorymainoperationquestInput;
}

/** Response of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishResponse {
  /** 返回值包装,result为返回具体消息内容 */
  future_inv_item_response?: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Futureinventorymainoperationquest` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishFutureinventorymainoperationquestInput {
  /** 操作主单 */
  main_order_dto: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishMainorderdtoInput;
  /** 子单操作明细列表 */
  detail_operation_dtos: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishDetailoperationdtosInput[];
}

/** `Mainorderdto` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishMainorderdtoInput {
  /** 物流货主ID2207644760486 */
  user_id: Int64Input;
  /** JIT协议ID，必须是数字，长度不能超过18位（Long类型的大小） */
  operation_order_id: string;
  /** 业务活动代码, 新增：FU010，修改：FU020，停用：FU030 */
  biz_activity_code: string;
  /** 请求唯一号 */
  operation_code: string;
  /** 供应链原始单据来源平台 */
  order_source_code: string;
}

/** `Detailoperationdtos` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishDetailoperationdtosInput {
  /** 库存操作策略 */
  strategy_dto: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishStrategydtoInput;
  /** 货主信息 */
  owner_dto: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishOwnerdtoInput;
  /** 位置信息 */
  location_dto: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishLocationdtoInput;
  /** 货品信息 */
  item_dto: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishItemdtoInput;
  /** 库存类型，默认2001 */
  inventory_type: Int64Input;
  /** 期货计划信息 */
  future_plan_info_dto: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishFutureplaninfodtoInput;
  /** 操作子单 */
  detail_order_dto: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishDetailorderdtoInput;
  /** 库存数量(增量) */
  quantity: string;
  /** 计划需要发布的渠道 */
  channel_code: string;
  /** 附加数据信息 */
  additional_info_dto?: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishAdditionalinfodtoInput;
}

/** `Strategydto` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishStrategydtoInput {
  /** ['1','4']必传项 */
  aic_inventory_strategy_available_list?: string[];
  /** 传入4 ：销售计划(考拉JIT业务必传) */
  aic_inventory_strategy?: Int64Input;
  /** 渠道出货规则 */
  channel_policy: string;
  /** 渠道策略参数 */
  channel_policy_param: string;
}

/** `Ownerdto` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishOwnerdtoInput {
  /** 物流货主ID2207644760486 */
  user_id: Int64Input;
  /** 供应商ID */
  supplier_id: Int64Input;
}

/** `Locationdto` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishLocationdtoInput {
  /** 仓库编码 */
  store_code: string;
}

/** `Itemdto` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishItemdtoInput {
  /** 货品ID */
  sc_item_id: Int64Input;
  /** 前端商品信息 */
  item_do_list?: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishItemdolistInput[];
}

/** `Itemdolist` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishItemdolistInput {
  /** 前端商品 ID */
  item_id?: string;
  /** 前端SKU ID */
  sku_id?: string;
}

/** `Futureplaninfodto` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishFutureplaninfodtoInput {
  /** 销售开始时间，YYYYMMDDHHMMSS */
  start_date: string;
  /** 考拉默认填2 */
  aic_future_inv_time_strategy: Int64Input;
  /** 业务活动代码, 新增：FU010 是aic_future_inv_publish_type=3，修改：FU020 aic_future_inv_publish_type=2 */
  aic_future_inv_publish_type: Int64Input;
  /** 销售结束时间，YYYYMMDDHHMMSS，默认是销售开始时间之后延长5年 */
  end_date: string;
  /** 相对时间天数(单位:天 适用于相对计划) */
  relative_time: Int64Input;
}

/** `Detailorderdto` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishDetailorderdtoInput {
  /** 实际操作子单id */
  operation_detail_order_id: string;
  /** 业务发生时间 */
  biz_date: string;
}

/** `Additionalinfodto` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishAdditionalinfodtoInput {
  /** 未税价格 (精度 6位) 采购&退供 经销必填 */
  price_no_tax?: string;
}

/** `ResultWrapper` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishResultWrapper {
  /** 操作结果列表 */
  datas?: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishData[];
  /** 返回是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
}

/** `Data` of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`. */
export interface AlibabaAscpAicSupplierAicinventoryNegativeSalePublishData {
  /** 外部交易号(子) */
  ext_sub_order_id?: string;
  /** 外部交易号(主) */
  ext_order_id?: string;
  /** 错误信息 */
  error_message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 调用接口是否成功 */
  success?: boolean;
  /** 期货库存账户id */
  aic_channel_inv_id?: string;
  /** 渠道编码 */
  channel_code?: string;
  /** 仓库编码 */
  store_code?: string;
  /** 货品ID */
  sc_item_id?: Int64;
  /** 物流货主ID */
  user_id?: Int64;
}

const REQUEST_SCHEMA = {
  future_inventory_main_operation_quest: {
    main_order_dto: {
      user_id: 'Number',
      operation_order_id: 'String',
      biz_activity_code: 'String',
      operation_code: 'String',
      order_source_code: 'String',
    },
    detail_operation_dtos: [
      {
        strategy_dto: {
          aic_inventory_strategy_available_list: ['String'],
          aic_inventory_strategy: 'Number',
          channel_policy: 'String',
          channel_policy_param: 'String',
        },
        owner_dto: {
          user_id: 'Number',
          supplier_id: 'Number',
        },
        location_dto: {
          store_code: 'String',
        },
        item_dto: {
          sc_item_id: 'Number',
          item_do_list: [
            {
              item_id: 'String',
              sku_id: 'String',
            },
          ],
        },
        inventory_type: 'Number',
        future_plan_info_dto: {
          start_date: 'String',
          aic_future_inv_time_strategy: 'Number',
          aic_future_inv_publish_type: 'Number',
          end_date: 'String',
          relative_time: 'Number',
        },
        detail_order_dto: {
          operation_detail_order_id: 'String',
          biz_date: 'String',
        },
        quantity: 'String',
        channel_code: 'String',
        additional_info_dto: {
          price_no_tax: 'String',
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  future_inv_item_response: {
    datas: [
      {
        ext_sub_order_id: 'String',
        ext_order_id: 'String',
        error_message: 'String',
        error_code: 'String',
        success: 'Boolean',
        aic_channel_inv_id: 'String',
        channel_code: 'String',
        store_code: 'String',
        sc_item_id: 'Number',
        user_id: 'Number',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`: method, response root, request and response schemas. */
export const alibabaAscpAicSupplierAicinventoryNegativeSalePublishOperation = {
  method: 'alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish',
  responseRoot: 'alibaba_ascp_aic_supplier_aicinventory_negative_sale_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AIC负卖库存新增和修改接口 — calls TOP method `alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish`.
 *
 * 新增负卖库存记录和变更负卖库存记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpAicSupplierAicinventoryNegativeSalePublish(
  client: TopClient,
  request: AlibabaAscpAicSupplierAicinventoryNegativeSalePublishRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpAicSupplierAicinventoryNegativeSalePublishResponse> {
  return client.call<AlibabaAscpAicSupplierAicinventoryNegativeSalePublishResponse>(
    {
      method: 'alibaba.ascp.aic.supplier.aicinventory.negative.sale.publish',
      responseRoot: 'alibaba_ascp_aic_supplier_aicinventory_negative_sale_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
