// Generated from specs/moziacl/alibaba.mozi.acl.app.getpermisspkgs.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mozi.acl.app.getpermisspkgs` (分页获取应用的权限套餐). */
export interface AlibabaMoziAclAppGetpermisspkgsRequest {
  /** 获取应用的权限套餐请求对象 */
  get_app_permission_packages_request?: AlibabaMoziAclAppGetpermisspkgsGetAppPermissionPackageRequestInput;
}

/** Response of `alibaba.mozi.acl.app.getpermisspkgs`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMoziAclAppGetpermisspkgsResponse {
  /** 获取应用的权限套餐列表结果对象 */
  result?: AlibabaMoziAclAppGetpermisspkgsAppPermissionPackageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GetAppPermissionPackageRequest` of `alibaba.mozi.acl.app.getpermisspkgs`. */
export interface AlibabaMoziAclAppGetpermisspkgsGetAppPermissionPackageRequestInput {
  /** 是否查询权限套餐被开通的租户列表(如无必要，建议不要设置true，会增加额外查询) */
  show_realm_info?: boolean;
  /** 是否返回数据总量 */
  return_total_size?: boolean;
  /** 操作主体 */
  principal_param: AlibabaMoziAclAppGetpermisspkgsBucUserPrincipalParamInput;
  /** 要查询的应用的appname */
  target_app_name?: string;
  /** 每页数据条数 */
  page_size?: Int64Input;
  /** 是否查询权限套餐中包含的角色、权限、数据权限 的数量。(如无必要，建议不要设置为true，会增加额外查询) */
  show_e_lement_count?: boolean;
  /** 请求扩展字段 */
  request_meta_data?: string;
  /** 权限套餐名模糊匹配 */
  fuzzy_name?: string;
  /** 查询第几页 */
  page_no?: Int64Input;
}

/** `BucUserPrincipalParam` of `alibaba.mozi.acl.app.getpermisspkgs`. */
export interface AlibabaMoziAclAppGetpermisspkgsBucUserPrincipalParamInput {
  /** 操作人userId */
  user_id: Int64Input;
  /** 操作人所在租户Id */
  tenant_id: Int64Input;
}

/** `AppPermissionPackageResult` of `alibaba.mozi.acl.app.getpermisspkgs`. */
export interface AlibabaMoziAclAppGetpermisspkgsAppPermissionPackageResult {
  /** 应用下套餐总数 */
  total_size?: Int64;
  /** 套权限餐数据列表 */
  datas?: AlibabaMoziAclAppGetpermisspkgsPermissionPackageEntity[];
  /** 是否处理成功，成功则为true */
  success?: boolean;
  /** 请求唯一id */
  request_id?: string;
  /** 每页数据条数 */
  page_size?: Int64;
  /** 查询第几页 */
  current_page?: Int64;
  /** 响应message，若失败则返回失败原因 */
  response_message?: string;
  /** 扩展字段，与入参扩展字段值相同 */
  response_meta_data?: string;
  /** 响应code */
  response_code?: string;
}

/** `PermissionPackageEntity` of `alibaba.mozi.acl.app.getpermisspkgs`. */
export interface AlibabaMoziAclAppGetpermisspkgsPermissionPackageEntity {
  /** 权限套餐code */
  name?: string;
  /** 权限套餐中文名 */
  title?: string;
  /** 权限套餐英文名 */
  name_e_n?: string;
  /** 权限套餐所属应用名 */
  app_name?: string;
  /** 权限套餐中文描述 */
  description?: string;
  /** 权限套餐英文描述 */
  description_e_n?: string;
  /** 扩展字段 */
  ext_str?: string;
  /** 创建时间 */
  create_time?: string;
  /** 包含功能权限数量 */
  permission_count?: Int64;
  /** 包含角色数量 */
  role_count?: Int64;
  /** 包含数据权限数量 */
  data_permission_count?: Int64;
  /** 注册的租户列表 */
  regist_realm_list?: AlibabaMoziAclAppGetpermisspkgsRealmEntity[];
  /** 权限套餐创建人 */
  creator?: AlibabaMoziAclAppGetpermisspkgsBucUser;
}

/** `RealmEntity` of `alibaba.mozi.acl.app.getpermisspkgs`. */
export interface AlibabaMoziAclAppGetpermisspkgsRealmEntity {
  /** 租户id */
  id?: Int64;
  /** 租户名称 */
  name?: string;
  /** 租户描述 */
  description?: string;
}

/** `BucUser` of `alibaba.mozi.acl.app.getpermisspkgs`. */
export interface AlibabaMoziAclAppGetpermisspkgsBucUser {
  /** userId */
  user_id?: Int64;
}

const REQUEST_SCHEMA = {
  get_app_permission_packages_request: {
    show_realm_info: 'Boolean',
    return_total_size: 'Boolean',
    principal_param: {
      user_id: 'Number',
      tenant_id: 'Number',
    },
    target_app_name: 'String',
    page_size: 'Number',
    show_e_lement_count: 'Boolean',
    request_meta_data: 'String',
    fuzzy_name: 'String',
    page_no: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_size: 'Number',
    datas: [
      {
        name: 'String',
        title: 'String',
        name_e_n: 'String',
        app_name: 'String',
        description: 'String',
        description_e_n: 'String',
        ext_str: 'String',
        create_time: 'Date',
        permission_count: 'Number',
        role_count: 'Number',
        data_permission_count: 'Number',
        regist_realm_list: [
          {
            id: 'Number',
            name: 'String',
            description: 'String',
          },
        ],
        creator: {
          user_id: 'Number',
        },
      },
    ],
    success: 'Boolean',
    request_id: 'String',
    page_size: 'Number',
    current_page: 'Number',
    response_message: 'String',
    response_meta_data: 'String',
    response_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mozi.acl.app.getpermisspkgs`: method, response root, request and response schemas. */
export const alibabaMoziAclAppGetpermisspkgsOperation = {
  method: 'alibaba.mozi.acl.app.getpermisspkgs',
  responseRoot: 'alibaba_mozi_acl_app_getpermisspkgs_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页获取应用的权限套餐 — calls TOP method `alibaba.mozi.acl.app.getpermisspkgs`.
 *
 * 分页查询应用下的权限套餐列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMoziAclAppGetpermisspkgs(
  client: TopClient,
  request: AlibabaMoziAclAppGetpermisspkgsRequest = {},
  options?: CallOptions,
): Promise<AlibabaMoziAclAppGetpermisspkgsResponse> {
  return client.call<AlibabaMoziAclAppGetpermisspkgsResponse>(
    {
      method: 'alibaba.mozi.acl.app.getpermisspkgs',
      responseRoot: 'alibaba_mozi_acl_app_getpermisspkgs_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
