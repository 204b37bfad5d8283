// Generated from specs/traveltrade/alitrip.travel.trade.template.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.trade.template.query` (订单服务详情模版查询). */
export interface AlitripTravelTradeTemplateQueryRequest {
  /** 是否取最新的模版 */
  is_new?: boolean;
  /** 淘宝平台订单ID */
  order_id: Int64Input;
}

/** Response of `alitrip.travel.trade.template.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelTradeTemplateQueryResponse {
  /** 订单服务标注模版获取结果 */
  result?: AlitripTravelTradeTemplateQueryResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `alitrip.travel.trade.template.query`. */
export interface AlitripTravelTradeTemplateQueryResultSet {
  /** 订单服务标注模版获取结果详情 */
  first_result?: AlitripTravelTradeTemplateQueryOrderTipInfoResult;
}

/** `OrderTipInfoResult` of `alitrip.travel.trade.template.query`. */
export interface AlitripTravelTradeTemplateQueryOrderTipInfoResult {
  /** 是否是最新的模版，如果订单没有标注模版，则默认取最新的模版数据；如果订单有标注模版，则取对应的模版信息； */
  is_new?: boolean;
  /** 模版详情 */
  template_info?: AlitripTravelTradeTemplateQueryOrderTemplateInfo;
  /** 查看模版链接 */
  view_template_url?: string;
}

/** `OrderTemplateInfo` of `alitrip.travel.trade.template.query`. */
export interface AlitripTravelTradeTemplateQueryOrderTemplateInfo {
  /** 模版对应的类目ID */
  category_id?: Int64;
  /** 填充字段列表 */
  model_list?: AlitripTravelTradeTemplateQueryOrderTipFormInfo[];
  /** 模版对应ID */
  template_id?: Int64;
  /** 模版对应版本 */
  version?: Int64;
}

/** `OrderTipFormInfo` of `alitrip.travel.trade.template.query`. */
export interface AlitripTravelTradeTemplateQueryOrderTipFormInfo {
  /** 字段可接收数据类型 */
  accept_types?: string[];
  /** 字段具体描述 */
  desc?: string;
  /** 最大数量 (如最大文件上传数量, 最大图片上传数量等) */
  max_num?: Int64;
  /** 选择项, 当type = select / selects 的时候存在 */
  options?: AlitripTravelTradeTemplateQueryOrderTipOptionInfo[];
  /** 字段匹配规则 */
  rule?: AlitripTravelTradeTemplateQueryOrderTipRuleInfo;
  /** 字段中文名称 */
  title?: string;
  /** 字段属性名，在做服务信息回传时需要用到的KEY */
  name?: string;
  /** 字段对应的值，单选值 */
  value?: string;
  /** 字段对应的值，多选值 */
  values?: string[];
}

/** `OrderTipOptionInfo` of `alitrip.travel.trade.template.query`. */
export interface AlitripTravelTradeTemplateQueryOrderTipOptionInfo {
  /** select对应的text值 */
  text?: string;
  /** select对应的value值 */
  value?: string;
}

/** `OrderTipRuleInfo` of `alitrip.travel.trade.template.query`. */
export interface AlitripTravelTradeTemplateQueryOrderTipRuleInfo {
  /** 字段描述 */
  msg?: string;
  /** 字段正则表达式，字段值必须和正则匹配，否则上传服务信息会报错 */
  regex?: string;
  /** 字段是否必须 */
  require?: boolean;
}

const REQUEST_SCHEMA = {
  is_new: 'Boolean',
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    first_result: {
      is_new: 'Boolean',
      template_info: {
        category_id: 'Number',
        model_list: [
          {
            accept_types: ['String'],
            desc: 'String',
            max_num: 'Number',
            options: [
              {
                text: 'String',
                value: 'String',
              },
            ],
            rule: {
              msg: 'String',
              regex: 'String',
              require: 'Boolean',
            },
            title: 'String',
            name: 'String',
            value: 'String',
            values: ['String'],
          },
        ],
        template_id: 'Number',
        version: 'Number',
      },
      view_template_url: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.trade.template.query`: method, response root, request and response schemas. */
export const alitripTravelTradeTemplateQueryOperation = {
  method: 'alitrip.travel.trade.template.query',
  responseRoot: 'alitrip_travel_trade_template_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单服务详情模版查询 — calls TOP method `alitrip.travel.trade.template.query`.
 *
 * 通过订单ID获取标注模版信息，商家可以根据模版来填充行业信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelTradeTemplateQuery(
  client: TopClient,
  request: AlitripTravelTradeTemplateQueryRequest,
  options?: CallOptions,
): Promise<AlitripTravelTradeTemplateQueryResponse> {
  return client.call<AlitripTravelTradeTemplateQueryResponse>(
    {
      method: 'alitrip.travel.trade.template.query',
      responseRoot: 'alitrip_travel_trade_template_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
