// Generated from specs/product/tmall.item.sizemapping.template.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.sizemapping.template.create` (新增天猫商品尺码表模板). */
export interface TmallItemSizemappingTemplateCreateRequest {
  /**
   * 尺码表模板名称
   *
   * Max length: 20
   */
  template_name: string;
  /**
   * 尺码表模板内容，格式为"尺码值:维度名称:数值,尺码值:维度名称:数值"。其中，数值的单位，长度单位为厘米（cm），体重单位为公斤（kg）。尺码值，维度数据不能包含数字，特殊字符。数值为0-999.9的数字，且最多一位小数。
   *
   * Max length: 8000
   */
  template_content: string;
}

/** Response of `tmall.item.sizemapping.template.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSizemappingTemplateCreateResponse {
  /** 尺码表模板 */
  size_mapping_template?: TmallItemSizemappingTemplateCreateSizeMappingTemplateDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SizeMappingTemplateDo` of `tmall.item.sizemapping.template.create`. */
export interface TmallItemSizemappingTemplateCreateSizeMappingTemplateDo {
  /** 尺码表模板ID */
  template_id?: Int64;
  /** 尺码表模板名称 */
  template_name?: string;
  /** 尺码表模板内容，格式为"尺码值:维度名称:数值,尺码值:维度名称:数值"。其中，数值的单位，长度单位为厘米（cm），体重单位为公斤（kg）。 */
  template_content?: string;
}

const REQUEST_SCHEMA = {
  template_name: 'String',
  template_content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  size_mapping_template: {
    template_id: 'Number',
    template_name: 'String',
    template_content: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.sizemapping.template.create`: method, response root, request and response schemas. */
export const tmallItemSizemappingTemplateCreateOperation = {
  method: 'tmall.item.sizemapping.template.create',
  responseRoot: 'tmall_item_sizemapping_template_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增天猫商品尺码表模板 — calls TOP method `tmall.item.sizemapping.template.create`.
 *
 * 新增天猫商品尺码表模板
 *
 * 男鞋、女鞋、运动鞋、户外鞋类目，尺码表维度为：
 * 脚长（cm） 必选
 *
 * 内衣-文胸类目，尺码表维度为：
 * 上胸围（cm） 必选
 * 下胸围（cm） 必选
 * 上下胸围差（cm） 必选
 * 身高（cm）
 * 体重（公斤）
 *
 * 内衣-内裤类目，尺码表维度为：
 * 腰围（cm） 必选
 * 臀围（cm） 必选
 * 身高（cm）
 * 体重（公斤）
 * 裤长（cm）
 * 裆部（cm）
 * 脚口（cm）
 * 腿围（cm）
 *
 * 内衣-睡衣上衣/保暖上衣/睡袍类目，尺码表维度为：
 * 身高（cm） 必选
 * 胸围（cm） 必选
 * 体重（公斤）
 * 腰围（cm）
 * 肩宽（cm）
 * 袖长（cm）
 * 衣长（cm）
 * 背宽（cm）
 * 前长（cm）
 * 下摆围（cm）
 * 袖口（cm）
 * 袖肥（cm）
 * 领口（cm）
 *
 * 内衣-睡裤/保暖裤类目，尺码维度为：
 * 身高（cm） 必选
 * 腰围（cm） 必选
 * 体重（公斤）
 * 臀围（cm）
 * 裆部（cm）
 * 裤长（cm）
 * 脚口（cm）
 * 腿围（cm）
 * 裤侧长（cm）
 *
 * 内衣-睡裙类目，尺码维度为：
 * 身高（cm） 必选
 * 胸围（cm） 必选
 * 体重（公斤）
 * 裙长（cm）
 * 腰围（cm）
 * 袖长（cm）
 * 肩宽（cm）
 * 背宽（cm）
 * 腿围（cm）
 * 臀围（cm）
 * 底摆（cm）
 *
 * 男装、女装、运动服、户外服等上装类目，尺码维度为（至少两项必选）：
 * 身高（cm）
 * 体重（公斤）
 * 肩宽（cm）
 * 胸围（cm）
 * 腰围（cm）
 * 袖长（cm）
 * 衣长（cm）
 * 背宽（cm）
 * 前长（cm）
 * 摆围（cm）
 * 下摆围（cm）
 * 袖口（cm）
 * 袖肥（cm）
 * 中腰（cm）
 * 领深（cm）
 * 领高（cm）
 * 领宽（cm）
 * 领围（cm）
 * 圆摆后中长（cm）
 * 平摆衣长（cm）
 * 圆摆衣长（cm）
 *
 * 男装、女装、运动服、户外服等下装类目，尺码维度为（至少两项必选）：
 * 身高（cm）
 * 体重（公斤）
 * 腰围（cm）
 * 臀围（cm）
 * 裤长（cm）
 * 裙长（cm）
 * 裙摆长（cm）
 * 腿围（cm）
 * 膝围（cm）
 * 小脚围（cm）
 * 拉伸腰围（cm）
 * 坐围（cm）
 * 拉伸坐围（cm）
 * 脚口（cm）
 * 前浪（cm）
 * 后浪（cm）
 * 横档（cm）
 *
 * 如果上述维度满足，可以自定义最多5个维度。
 *
 * 模板格式为：
 * 尺码值:维度名称:数值
 * 如：M:身高（cm）:160,L:身高（cm）:170
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSizemappingTemplateCreate(
  client: TopClient,
  request: TmallItemSizemappingTemplateCreateRequest,
  options?: CallOptions,
): Promise<TmallItemSizemappingTemplateCreateResponse> {
  return client.call<TmallItemSizemappingTemplateCreateResponse>(
    {
      method: 'tmall.item.sizemapping.template.create',
      responseRoot: 'tmall_item_sizemapping_template_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
