// Generated from specs/alihouse/alibaba.alihouse.newhome.project.trade.order.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.trade.order` (旺铺楼盘和交易商品排序). */
export interface AlibabaAlihouseNewhomeProjectTradeOrderRequest {
  /** 参数 */
  trade_order: AlibabaAlihouseNewhomeProjectTradeOrderProjectTradeOrderDTOInput;
}

/** Response of `alibaba.alihouse.newhome.project.trade.order`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectTradeOrderResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectTradeOrderResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectTradeOrderDTO` of `alibaba.alihouse.newhome.project.trade.order`. */
export interface AlibabaAlihouseNewhomeProjectTradeOrderProjectTradeOrderDTOInput {
  /** 选品ID */
  select_id?: string;
  /** 楼盘列表 */
  project_list: AlibabaAlihouseNewhomeProjectTradeOrderProjectOrderDTOInput[];
  /** 状态 */
  status: Int64Input;
  /** 是否默认 */
  is_default?: Int64Input;
  /** 外部门店ID */
  outer_store_id?: string;
  /** 场景 1-店铺 2-详情页 */
  scene?: Int64Input;
}

/** `ProjectOrderDTO` of `alibaba.alihouse.newhome.project.trade.order`. */
export interface AlibabaAlihouseNewhomeProjectTradeOrderProjectOrderDTOInput {
  /** 楼盘ID */
  outer_id: string;
  /** 排序号 */
  order_no: Int64Input;
  /** 交易商品列表 */
  trade_item_list: AlibabaAlihouseNewhomeProjectTradeOrderProjectTradeItemOrderDTOInput2[];
  /** 模块排序信息 */
  module_order?: AlibabaAlihouseNewhomeProjectTradeOrderModuleTypeOrderDTOInput[];
}

/** `ProjectTradeItemOrderDTO` of `alibaba.alihouse.newhome.project.trade.order`. */
export interface AlibabaAlihouseNewhomeProjectTradeOrderProjectTradeItemOrderDTOInput2 {
  /** 交易商品ID */
  item_id?: Int64Input;
  /** 排序号 */
  order_no: Int64Input;
  /** 类型 */
  item_type?: Int64Input;
  /** 交易工具图片地址 */
  image_url?: string;
  /** 交易工具跳转地址 */
  jump_value?: string;
  /** 模块ID */
  module_id?: string;
  /** 关联的商品列表 */
  relation_trade_item?: AlibabaAlihouseNewhomeProjectTradeOrderProjectTradeItemOrderDTOInput[];
}

/** `ProjectTradeItemOrderDTO` of `alibaba.alihouse.newhome.project.trade.order`. */
export interface AlibabaAlihouseNewhomeProjectTradeOrderProjectTradeItemOrderDTOInput {
  /** 关联的交易商品ID */
  item_id?: Int64Input;
  /** 关联的交易商品的排序值 */
  order_no?: Int64Input;
  /** 交易商品类型 */
  item_type?: Int64Input;
  /** 图片地址 */
  image_url?: string;
  /** 跳转地址 */
  jump_value?: string;
  /** 模块ID */
  module_id?: string;
}

/** `ModuleTypeOrderDTO` of `alibaba.alihouse.newhome.project.trade.order`. */
export interface AlibabaAlihouseNewhomeProjectTradeOrderModuleTypeOrderDTOInput {
  /** 模块类型 */
  module_type?: Int64Input;
  /** 模块排序 */
  order_no?: Int64Input;
  /** 模块ID */
  module_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.project.trade.order`. */
export interface AlibabaAlihouseNewhomeProjectTradeOrderResult {
  /** 成功的楼盘Id */
  data?: string[];
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  trade_order: {
    select_id: 'String',
    project_list: [
      {
        outer_id: 'String',
        order_no: 'Number',
        trade_item_list: [
          {
            item_id: 'Number',
            order_no: 'Number',
            item_type: 'Number',
            image_url: 'String',
            jump_value: 'String',
            module_id: 'String',
            relation_trade_item: [
              {
                item_id: 'Number',
                order_no: 'Number',
                item_type: 'Number',
                image_url: 'String',
                jump_value: 'String',
                module_id: 'String',
              },
            ],
          },
        ],
        module_order: [
          {
            module_type: 'Number',
            order_no: 'Number',
            module_id: 'String',
          },
        ],
      },
    ],
    status: 'Number',
    is_default: 'Number',
    outer_store_id: 'String',
    scene: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: ['String'],
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.trade.order`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectTradeOrderOperation = {
  method: 'alibaba.alihouse.newhome.project.trade.order',
  responseRoot: 'alibaba_alihouse_newhome_project_trade_order_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 旺铺楼盘和交易商品排序 — calls TOP method `alibaba.alihouse.newhome.project.trade.order`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectTradeOrder(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectTradeOrderRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectTradeOrderResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectTradeOrderResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.trade.order',
      responseRoot: 'alibaba_alihouse_newhome_project_trade_order_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
