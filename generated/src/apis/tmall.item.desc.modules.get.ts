// Generated from specs/tbitem/tmall.item.desc.modules.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.desc.modules.get` (商品描述模块信息获取). */
export interface TmallItemDescModulesGetRequest {
  /** 淘宝后台发布商品的叶子类目id，可通过taobao.itemcats.get查到。api 访问地址http://api.taobao.com/apidoc/api.htm?spm=0.0.0.0.CFhhk4&path=cid:3-apiId:122 */
  cat_id: Int64Input;
  /** 商家主帐号id */
  usr_id: string;
}

/** Response of `tmall.item.desc.modules.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemDescModulesGetResponse {
  /** 返回描述模块信息 */
  modular_desc_info?: TmallItemDescModulesGetModularDescInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ModularDescInfo` of `tmall.item.desc.modules.get`. */
export interface TmallItemDescModulesGetModularDescInfo {
  /** 用户自定义模块数量最大值限制。类目级别模块+用户级别模块必须小于<20 */
  usr_def_max_num?: Int64;
  /** 运营定义的该商品所属类目的类目级别模块信息列表，列表顺序即为模块顺序。 */
  itm_dsc_modules?: TmallItemDescModulesGetItemDescModule[];
  /** 旧描述与新描述共存时间（切换时间）。 */
  dead_line?: string;
  /** 默认值为false，如果此字段为true，则卖家上传的模块化的描述信息可以自定义排序。 */
  user_order?: boolean;
}

/** `ItemDescModule` of `tmall.item.desc.modules.get`. */
export interface TmallItemDescModulesGetItemDescModule {
  /** 一个List的Json串，里面是模块引导提示，不超过3条（isv提交时可忽略不传） */
  intros?: string;
  /** 淘宝图片空间的地址链接，示例模板，最多不超过三个（isv提交时可忽略不传） */
  tpl_urls?: string;
  /** 模块id ,(注意:用户自定义模块不用填此项。) */
  module_id?: Int64;
  /** 是否必填 （isv提交时可忽略不传） */
  required?: boolean;
  /** 模块名称 */
  module_name?: string;
  /** cat_mod:表示是运营设置的类目维度模块，usr_mod表示的是商家自定义模块。 */
  type?: string;
  /** 描述具体内容 */
  content?: string;
}

const REQUEST_SCHEMA = {
  cat_id: 'Number',
  usr_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  modular_desc_info: {
    usr_def_max_num: 'Number',
    itm_dsc_modules: [
      {
        intros: 'String',
        tpl_urls: 'String',
        module_id: 'Number',
        required: 'Boolean',
        module_name: 'String',
        type: 'String',
        content: 'String',
      },
    ],
    dead_line: 'String',
    user_order: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.desc.modules.get`: method, response root, request and response schemas. */
export const tmallItemDescModulesGetOperation = {
  method: 'tmall.item.desc.modules.get',
  responseRoot: 'tmall_item_desc_modules_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品描述模块信息获取 — calls TOP method `tmall.item.desc.modules.get`.
 *
 * 商品描述模块信息获取，包括运营设定的类目级别的模块信息以及用户自定义模块数量约束。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemDescModulesGet(
  client: TopClient,
  request: TmallItemDescModulesGetRequest,
  options?: CallOptions,
): Promise<TmallItemDescModulesGetResponse> {
  return client.call<TmallItemDescModulesGetResponse>(
    {
      method: 'tmall.item.desc.modules.get',
      responseRoot: 'tmall_item_desc_modules_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
